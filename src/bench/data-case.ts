/**
 * Data scaling: stages 1–3 (generate, clean, engineer features) at a given
 * size, on the page's main thread, timed per stage. Heap is sampled after a
 * garbage collection and at every stage boundary (no collection in between, so
 * garbage a stage left behind still counts): the peak is the largest sample.
 */
import { clean } from '../pipeline/clean';
import { resolveConfig } from '../pipeline/config';
import { engineerFeatures } from '../pipeline/features';
import { generate } from '../pipeline/generate';
import { runRngs } from '../pipeline/run-data';
import { collectGarbage, type HeapSampler } from './heap';
import { summarize, type DataScaleResult } from './results';

interface DataRun {
  readonly generate: number;
  readonly clean: number;
  readonly features: number;
  readonly baseline: number;
  readonly peak: number;
  readonly rowCounts: DataScaleResult['rowCounts'];
}

async function dataOnce(rows: number, heap: HeapSampler): Promise<DataRun> {
  const config = resolveConfig({ rows });
  const rngs = runRngs(config.seed);
  await collectGarbage();
  const baseline = await heap.sample();
  let t = performance.now();
  const generated = generate(config, rngs.data);
  const tGenerate = performance.now() - t;
  const h1 = await heap.sample();
  t = performance.now();
  const cleaned = clean(generated.table);
  const tClean = performance.now() - t;
  const h2 = await heap.sample();
  t = performance.now();
  const lastClickMs = new Float64Array(generated.population.size).fill(NaN);
  const features = engineerFeatures(cleaned.table, lastClickMs);
  const tFeatures = performance.now() - t;
  const h3 = await heap.sample();
  return {
    generate: tGenerate,
    clean: tClean,
    features: tFeatures,
    baseline,
    peak: Math.max(baseline, h1, h2, h3),
    // Read after the last sample, so every stage's output is still alive when it is taken (as in runData).
    rowCounts: { generated: generated.table.length, cleaned: cleaned.table.length, features: features.length },
  };
}

/** A warm-up run, then `runs` timed runs at `rows` rows. */
export async function dataCase(rows: number, runs: number, heap: HeapSampler): Promise<DataScaleResult> {
  await dataOnce(rows, heap);
  const done: DataRun[] = [];
  for (let i = 0; i < runs; i++) done.push(await dataOnce(rows, heap));
  await collectGarbage();
  const median = (pick: (r: DataRun) => number): number => summarize(done.map(pick)).median;
  return {
    rows,
    ms: summarize(done.map((r) => r.generate + r.clean + r.features)),
    peakHeapBytes: summarize(done.map((r) => r.peak)),
    baselineBytes: median((r) => r.baseline),
    stages: { generate: median((r) => r.generate), clean: median((r) => r.clean), features: median((r) => r.features) },
    rowCounts: done[done.length - 1].rowCounts,
  };
}
