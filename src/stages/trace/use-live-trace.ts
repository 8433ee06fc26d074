/**
 * Re-runs the engine's trace whenever the values or the threshold change,
 * debounced, and keeps only the newest answer (a request counter drops stale ones).
 */
import { useEffect, useRef, useState } from 'react';
import type { PredictionTrace } from '../../ml/trace';
import type { EngineApi } from '../../worker/protocol';

export interface LiveTrace {
  readonly trace: PredictionTrace | null;
  readonly error: string | null;
}

export function useLiveTrace(
  engine: Pick<EngineApi, 'trace'>,
  values: readonly number[] | null,
  threshold: number,
  delayMs = 50,
): LiveTrace {
  const [state, setState] = useState<LiveTrace>({ trace: null, error: null });
  const counter = useRef(0);
  useEffect(() => {
    if (!values) return;
    const id = ++counter.current;
    const timer = setTimeout(() => {
      engine.trace([...values], threshold).then(
        (trace) => {
          if (id === counter.current) setState({ trace, error: null });
        },
        (e: unknown) => {
          if (id === counter.current) setState({ trace: null, error: e instanceof Error ? e.message : String(e) });
        },
      );
    }, delayMs);
    return () => clearTimeout(timer);
  }, [engine, values, threshold, delayMs]);
  return state;
}
