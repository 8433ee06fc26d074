/**
 * Adam (Kingma & Ba) over one flat parameter vector: a dozen kernels per step
 * whatever the number of layers, where tf.train.adam runs a dozen per weight
 * tensor. Same defaults as tf.train.adam (β1 0.9, β2 0.999, ε 1e-7). The bias
 * correction is folded into the step size, computed in JavaScript:
 *   θ ← θ − lr·√(1−β2ᵗ)/(1−β1ᵗ) · m / (√v + ε·√(1−β2ᵗ))
 * which equals lr · m̂ / (√v̂ + ε) exactly (in real arithmetic).
 */
import * as tf from '@tensorflow/tfjs';

const BETA1 = 0.9;
const BETA2 = 0.999;
const EPSILON = 1e-7;

export class FlatAdam {
  private m: tf.Tensor1D;
  private v: tf.Tensor1D;
  private t = 0;
  private readonly constants: Record<'beta1' | 'oneMinusBeta1' | 'beta2' | 'oneMinusBeta2', tf.Scalar>;

  constructor(
    size: number,
    private readonly learningRate: number,
  ) {
    this.m = tf.zeros([size]);
    this.v = tf.zeros([size]);
    this.constants = {
      beta1: tf.scalar(BETA1),
      oneMinusBeta1: tf.scalar(1 - BETA1),
      beta2: tf.scalar(BETA2),
      oneMinusBeta2: tf.scalar(1 - BETA2),
    };
  }

  /** Returns the updated parameters (a new tensor); `params` and `grad` stay the caller's. */
  step(params: tf.Tensor1D, grad: tf.Tensor1D): tf.Tensor1D {
    this.t++;
    const c = this.constants;
    const bias2 = Math.sqrt(1 - BETA2 ** this.t);
    const stepSize = (this.learningRate * bias2) / (1 - BETA1 ** this.t);
    const [m, v, next] = tf.tidy(() => {
      const m = tf.add(tf.mul(this.m, c.beta1), tf.mul(grad, c.oneMinusBeta1));
      const v = tf.add(tf.mul(this.v, c.beta2), tf.mul(tf.square(grad), c.oneMinusBeta2));
      const update = tf.div(m, tf.add(tf.sqrt(v), EPSILON * bias2));
      return [m, v, tf.sub(params, tf.mul(update, stepSize))] as tf.Tensor1D[];
    });
    this.m.dispose();
    this.v.dispose();
    // Survive an enclosing tidy, should a caller step inside one.
    this.m = tf.keep(m);
    this.v = tf.keep(v);
    return next;
  }

  dispose(): void {
    tf.dispose([this.m, this.v, ...Object.values(this.constants)]);
  }
}
