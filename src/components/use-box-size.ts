/** The content-box size of an element, kept current with a ResizeObserver (px). */
import { useLayoutEffect, useState, type RefObject } from 'react';

export interface BoxSize {
  readonly width: number;
  readonly height: number;
}

/**
 * `fallback` until the element has a measured size: on the first render, and where
 * layout does not exist (jsdom) or ResizeObserver is missing.
 */
export function useBoxSize(ref: RefObject<HTMLElement | null>, fallback: BoxSize): BoxSize {
  const [size, setSize] = useState<BoxSize | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = (width: number, height: number): void => {
      if (width > 0 && height > 0)
        setSize((s) =>
          s && s.width === Math.round(width) && s.height === Math.round(height)
            ? s
            : { width: Math.round(width), height: Math.round(height) },
        );
    };
    const rect = el.getBoundingClientRect();
    update(rect.width, rect.height);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => update(entry.contentRect.width, entry.contentRect.height));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size ?? fallback;
}
