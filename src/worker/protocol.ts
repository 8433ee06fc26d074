/**
 * The engine interface the views talk to. The worker implements it (via
 * comlink); tests can implement it in-process. Only plain data crosses it.
 */
import type { PipelineConfig } from '../pipeline/config';
import type { EpochRecord } from '../pipeline/epochs';
import type { RunSummary } from '../pipeline/summary';

export interface RunCallbacks {
  onEpoch(record: EpochRecord): void;
}

export interface EngineApi {
  /** Runs all seven stages; rejects with a message containing "cancelled" when cancel() is called. */
  run(config: PipelineConfig, callbacks: RunCallbacks): Promise<RunSummary>;
  /** Cancels the run in progress, if any. */
  cancel(): void;
  /** tf.memory().numTensors in the engine (for leak checks). */
  numTensors(): Promise<number>;
}
