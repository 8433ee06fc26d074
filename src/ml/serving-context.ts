/** What the serving stages (6 and 7) work from: the trained model and the run it came from. */
import type * as tf from '@tensorflow/tfjs';
import type { PipelineConfig } from '../pipeline/config';
import type { EpochRecord } from '../pipeline/epochs';
import type { RunData } from '../pipeline/run-data';

export interface ServingContext {
  /** The trained float32 model; owned by the engine, never disposed by serving code. */
  readonly model: tf.LayersModel;
  readonly data: RunData;
  /** The configuration the model was trained with (seed, shape, training knobs). */
  readonly trained: PipelineConfig;
  readonly epochs: readonly EpochRecord[];
  /** The tfjs backend the model was trained and is served on. */
  readonly backend: string;
}
