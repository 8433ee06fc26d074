// @vitest-environment node
/** Filling the snippet templates: every placeholder is a fact, every snippet marks lines, and the Python parses. */
import { spawnSync } from 'node:child_process';
import { STAGE_CODE, codeForStage } from '../../src/content/code/snippets';
import { describeLines, fillSnippet, literal } from '../../src/content/code/fill';
import type { CodeFacts } from '../../src/content/code/facts';
import { resolveConfig } from '../../src/pipeline/config';
import { runData } from '../../src/pipeline/run-data';
import { buildSnapshot } from '../../src/pipeline/snapshot';
import { STAGE_IDS } from '../../src/pipeline/summary';
import { codeFactsOf } from '../../src/store/code-facts';

function factsFor(settings: Parameters<typeof resolveConfig>[0]): CodeFacts {
  const config = resolveConfig({ rows: 400, ...settings });
  return codeFactsOf(config, config, buildSnapshot(runData(config)));
}

const RUNS = {
  default: factsFor({}),
  'cleaning skipped, no engineered features': factsFor({ cleaning: 'skip', useEngineered: false, learningRate: 0.0031 }),
};

describe('fillSnippet', () => {
  const facts = RUNS.default;
  it('writes facts as literals of the snippet’s language and drops the highlight marker', () => {
    const out = fillSnippet('a = {{rows}}\n@@ b = {{skipCleaning}}\nc = {{devices}}', facts, 'python');
    expect(out.code).toBe("a = 400\nb = False\nc = ['desktop', 'mobile', 'tablet']");
    expect(out.highlighted).toEqual([2]);
    expect(fillSnippet('{{skipCleaning}}', facts, 'js').code).toBe('false');
    expect(literal("it's", 'js')).toBe("'it\\'s'");
  });

  it('refuses a placeholder that is not a fact', () => {
    expect(() => fillSnippet('x = {{rowz}}', facts, 'js')).toThrow('{{rowz}}');
  });

  it('says highlighted lines as ranges', () => {
    expect(describeLines([2, 3, 4, 7, 9, 10])).toBe('2–4, 7, 9–10');
  });
});

describe.each(Object.entries(RUNS))('every stage’s pair filled for the %s run', (_, facts) => {
  it.each(STAGE_IDS)('%s: filled, with highlighted lines and the run’s numbers', (stage) => {
    const { js, python } = codeForStage(stage, facts);
    for (const s of [js, python]) {
      expect(s.code).not.toMatch(/\{\{|@@ /);
      expect(s.highlighted.length).toBeGreaterThan(0);
      expect(Math.max(...s.highlighted)).toBeLessThanOrEqual(s.code.split('\n').length);
    }
    // The JS snippet defines what it hands on and is valid JavaScript (as the body of an async function).
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...a: string[]) => unknown;
    expect(() => new AsyncFunction('tf', ...STAGE_CODE[stage].js.inputs, js.code)).not.toThrow();
  });

  it('training carries this run’s settings', () => {
    const { js, python } = codeForStage('training', facts);
    for (const code of [js.code, python.code]) {
      expect(code).toContain(String(facts.learningRate));
      expect(code).toContain(String(facts.epochs));
      expect(code).toContain(String(facts.hidden1));
      expect(code).toContain(String(facts.params));
    }
  });
});

const python = spawnSync('python3', ['--version']).status === 0;
const parse = (code: string) =>
  spawnSync('python3', ['-c', 'import ast,sys; ast.parse(sys.stdin.read())'], { input: code, encoding: 'utf8' });

describe('the Python snippets', () => {
  for (const [name, facts] of Object.entries(RUNS)) {
    for (const stage of STAGE_IDS) {
      const title = `${stage} (${name} run) is valid Python`;
      if (!python) {
        it.skip(`${title} — skipped: python3 is not on PATH here, so the Python snippets cannot be syntax-checked`, () => {});
        continue;
      }
      it(title, () => {
        const result = parse(codeForStage(stage, facts).python.code);
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
      });
    }
  }
});
