/**
 * The import zones and the cycle check, proven: each snippet breaks one rule
 * from a file in the zone it names, and ESLint (with the project's own
 * eslint.config.js) must reject it with that rule; the same file without the
 * violation passes.
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${filePath}` });
  return result.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const ZONE = 'import-x/no-restricted-paths';
const violations: readonly [string, string, string, string][] = [
  ['pipeline imports nothing of ours', 'src/pipeline/zone-probe.ts', "import { STEPS } from '../content/steps';", ZONE],
  ['ml imports only pipeline', 'src/ml/zone-probe.ts', "import { STEPS } from '../content/steps';", ZONE],
  ['worker imports only ml and pipeline', 'src/worker/zone-probe.ts', "import { MODES } from '../store/mode-registry';", ZONE],
  // Even types: tfjs's names stay in ml/ (worker/ names the model through ml/model.ts's LabModel).
  [
    'worker never touches tfjs',
    'src/worker/zone-probe.ts',
    "import { type Tensor } from '@tensorflow/tfjs';",
    'no-restricted-imports',
  ],
  ['a stage never imports app/', 'src/stages/training/zone-probe.ts', "import { useUrlSync } from '../../app/url-sync';", ZONE],
  [
    'a stage never imports another stage',
    'src/stages/deployment/zone-probe.ts',
    "import { TRAINING_TEXT } from '../training/content';",
    ZONE,
  ],
  ['content imports no store', 'src/content/zone-probe.ts', "import { MODES } from '../store/mode-registry';", ZONE],
  ['the store gets its engine injected', 'src/store/zone-probe.ts', "import { LabEngine } from '../worker/engine';", ZONE],
  ['the store imports no view', 'src/store/zone-probe.ts', "import { FlowStrip } from '../components/flow-strip';", ZONE],
  [
    'components import no stage',
    'src/components/zone-probe.ts',
    "import { TRAINING_TEXT } from '../stages/training/content';",
    ZONE,
  ],
  [
    'the main thread imports only types from ml/',
    'src/app/zone-probe.ts',
    "import { buildModel } from '../ml/model';",
    '@typescript-eslint/no-restricted-imports',
  ],
  // generate.ts imports schema.ts: schema.ts importing generate.ts back closes a cycle.
  ['no import cycles', 'src/pipeline/schema.ts', "import { generateSessions } from './generate';", 'import-x/no-cycle'],
];

describe('import zones (eslint.config.js)', () => {
  it.each(violations)('%s: a violation fails lint', async (_name, file, line, rule) => {
    const name = line.match(/import \{ (\w+) \}/)?.[1] ?? 'x';
    expect(await ruleIds(`${line}\nexport const probe = ${name};\n`, file)).toContain(rule);
  });

  it.each(violations)('%s: the same file without it passes', async (_name, file) => {
    expect(await ruleIds('export const probe = 1;\n', file)).toEqual([]);
  });

  it('the store’s slices may import each other’s types in a cycle (type-only imports are not followed)', async () => {
    const code = "import type { LabState } from './lab-store';\nexport type Probe = LabState['step'];\n";
    expect(await ruleIds(code, 'src/store/ui-slice.ts')).toEqual([]);
  });

  it('a stage may import stages/shared and components/', async () => {
    const code =
      "import { Regenerate } from '../shared/regenerate';\nimport { StageCard } from '../../components/stage-card';\nexport const probe = [Regenerate, StageCard];\n";
    expect(await ruleIds(code, 'src/stages/cleaning/zone-probe.tsx')).toEqual([]);
  });
});
