/**
 * The row being traced: loads validation rows from the engine (ignoring stale
 * answers), keeps the row's true label, and applies the learner's edits.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FeatureColumnName } from '../../pipeline/schema';
import type { EngineApi } from '../../worker/protocol';
import { applyEdit, type Edit } from './feature-edit';

export interface TraceRow {
  /** Index within the validation split. */
  readonly index: number;
  readonly label: 0 | 1;
  /** The row's values as loaded. */
  readonly original: readonly number[];
  /** The values being traced (the original ones until the learner edits them). */
  readonly values: number[];
  readonly edited: boolean;
}

/** A row index other than `current` (when there is one), chosen with Math.random: UI, not the pipeline. */
export function randomRowIndex(count: number, current: number): number {
  if (count <= 1) return 0;
  const k = Math.floor(Math.random() * (count - 1));
  return k >= current ? k + 1 : k;
}

export function useTraceRow(engine: Pick<EngineApi, 'validationRow'>, featureNames: readonly FeatureColumnName[], count: number) {
  const [requested, setRequested] = useState(0);
  const [row, setRow] = useState<TraceRow | null>(null);
  const [clamped, setClamped] = useState<Edit['clamped']>(null);
  const [error, setError] = useState<string | null>(null);
  const counter = useRef(0);

  const load = useCallback(
    (index: number) => {
      const id = ++counter.current;
      engine.validationRow(index).then(
        (r) => {
          if (id !== counter.current) return;
          setRow({ index: r.index, label: r.label, original: r.values, values: [...r.values], edited: false });
          setClamped(null);
          setError(null);
        },
        (e: unknown) => {
          if (id === counter.current) setError(e instanceof Error ? e.message : String(e));
        },
      );
    },
    [engine],
  );

  useEffect(() => {
    load(0);
  }, [load]);

  const pick = (index: number) => {
    setRequested(index);
    load(index);
  };

  return {
    requested,
    row,
    clamped,
    error,
    pick,
    pickRandom: () => pick(randomRowIndex(count, requested)),
    edit(name: FeatureColumnName, value: number) {
      if (!row) return;
      const next = applyEdit(featureNames, row.values, name, value);
      setRow({ ...row, values: next.values, edited: true });
      setClamped(next.clamped);
    },
    undoEdits() {
      if (!row) return;
      setRow({ ...row, values: [...row.original], edited: false });
      setClamped(null);
    },
  };
}
