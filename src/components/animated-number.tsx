/** A number that counts from its previous value to the new one (instantly with reduced motion). */
import { useEffect, useRef, useState } from 'react';
import { fmtInt } from '../pipeline/summary';
import { useReducedMotion } from './use-reduced-motion';

export function AnimatedNumber({
  value,
  // fmtInt reuses one formatter: this runs every animation frame.
  format = (v) => fmtInt(Math.round(v)),
  ms = 700,
}: {
  value: number;
  format?: (v: number) => string;
  ms?: number;
}) {
  const reduced = useReducedMotion();
  const [shown, setShown] = useState(value);
  const from = useRef(value);
  useEffect(() => {
    if (reduced || typeof requestAnimationFrame === 'undefined') {
      from.current = value;
      return;
    }
    const start = performance.now();
    const a = from.current;
    let frame = 0;
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / ms);
      const eased = 1 - (1 - t) ** 3;
      setShown(a + (value - a) * eased);
      if (t < 1) frame = requestAnimationFrame(step);
      else from.current = value;
    };
    frame = requestAnimationFrame(step);
    return () => {
      cancelAnimationFrame(frame);
      from.current = value;
    };
  }, [value, reduced, ms]);
  // Screen readers get the final value, never the intermediate counts.
  return (
    <>
      <span aria-hidden="true">{format(reduced || typeof requestAnimationFrame === 'undefined' ? value : shown)}</span>
      <span className="visually-hidden">{format(value)}</span>
    </>
  );
}
