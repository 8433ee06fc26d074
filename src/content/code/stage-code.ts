/** One stage's code, as data: a TensorFlow.js template with its free variables, and a Python template. */
export interface StageCode {
  /** What the highlighted lines draw in the stage's picture (completes "The marked lines are …"). */
  readonly picture: string;
  readonly js: {
    readonly template: string;
    /** Variables the snippet reads but does not define (the previous stage's results). */
    readonly inputs: readonly string[];
    /** Variables it defines that the next stage (and the test) reads. */
    readonly outputs: readonly string[];
  };
  readonly python: string;
}
