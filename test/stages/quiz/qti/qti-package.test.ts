// @vitest-environment jsdom
import { strFromU8, unzipSync } from 'fflate';
import { CARD_QUESTIONS, question, type QuizQuestion } from '../../../../src/content/card-quiz';
import { BANK_QUESTIONS } from '../../../../src/content/quiz-bank';
import type { RunFacts } from '../../../../src/content/run-facts';
import { runQuestions } from '../../../../src/content/run-questions';
import { MATCH_CORRECT, QTI_NS } from '../../../../src/stages/quiz/qti/qti-item';
import { CP_NS, qtiPackage } from '../../../../src/stages/quiz/qti/qti-package';
import { TEST_PATH } from '../../../../src/stages/quiz/qti/qti-test';

const epoch = (n: number, loss: number, valLoss: number) => ({ epoch: n, loss, accuracy: 0.8, valLoss, valAccuracy: 0.8 });
const RUN: RunFacts = {
  config: { alertThreshold: 0.8, latencyBudgetMs: 50 },
  snapshot: {
    rawShape: [10_000, 10],
    cleanShape: [9_800, 10],
    trainRows: 7_840,
    validationRows: 1_960,
    cleaning: { droppedTotal: 200 },
  },
  validation: { accuracy: 0.846, loss: 0.35 },
  epochs: [epoch(1, 0.75, 0.6), epoch(2, 0.55, 0.45), epoch(3, 0.42, 0.38), epoch(4, 0.35, 0.36), epoch(5, 0.33, 0.35)],
  serving: { deployment: { latency: { coldMs: 40, p95Ms: 0.8 } }, monitoring: { threshold: 0.8 } },
};

const HOSTILE = question('markup-text', 'training', 'Is <b>5 & 6</b> "bold"? It\'s a \u0001test', 'A', [
  ['Yes: <script>alert(1)</script>', 'x'],
  ['No & never', 'y'],
]);

const parse = (xml: string): Document => {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror'), 'well-formed XML').toHaveLength(0);
  return doc;
};
const all = (doc: Document | Element, ns: string, tag: string): Element[] => Array.from(doc.getElementsByTagNameNS(ns, tag));

async function unpack(questions: readonly QuizQuestion[]): Promise<Record<string, string>> {
  const files = unzipSync(await qtiPackage(questions));
  return Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path, strFromU8(bytes)]));
}

describe('the QTI 2.1 package', () => {
  const run = runQuestions(RUN);
  const questions = [...CARD_QUESTIONS, ...BANK_QUESTIONS, ...run, HOSTILE];

  it('holds a content-packaging manifest whose resources are exactly the test and the item files', async () => {
    expect(run.length).toBeGreaterThanOrEqual(4);
    const files = await unpack(questions);
    const manifest = parse(files['imsmanifest.xml']).documentElement;
    expect(manifest.localName).toBe('manifest');
    expect(manifest.namespaceURI).toBe(CP_NS);
    expect(all(manifest, CP_NS, 'schema')[0].textContent).toBe('QTIv2.1 Package');
    const resources = all(manifest, CP_NS, 'resource');
    expect(resources).toHaveLength(questions.length + 1);
    const ids = resources.map((r) => r.getAttribute('identifier'));
    expect(new Set(ids).size).toBe(ids.length);
    const hrefs = resources.map((r) => r.getAttribute('href')!);
    for (const r of resources) {
      const type = r.getAttribute('href') === TEST_PATH ? 'imsqti_test_xmlv2p1' : 'imsqti_item_xmlv2p1';
      expect(r.getAttribute('type')).toBe(type);
      // The resource's own file entry names the same file, and the zip holds it.
      expect(all(r, CP_NS, 'file').map((f) => f.getAttribute('href'))).toEqual([r.getAttribute('href')]);
      expect(files[r.getAttribute('href')!], r.getAttribute('href')!).toBeDefined();
    }
    // Nothing in the zip that the manifest does not list.
    expect(Object.keys(files).sort()).toEqual(['imsmanifest.xml', ...hrefs].sort());
  });

  it('holds one assessmentTest that references every item exactly once, and whose resource depends on every item', async () => {
    const files = await unpack(questions);
    const test = parse(files[TEST_PATH]).documentElement;
    expect(test.localName).toBe('assessmentTest');
    expect(test.namespaceURI).toBe(QTI_NS);
    expect(test.getAttribute('title')).toBeTruthy();
    const [part] = all(test, QTI_NS, 'testPart');
    expect([part.getAttribute('navigationMode'), part.getAttribute('submissionMode')]).toEqual(['linear', 'individual']);
    const [section] = all(part, QTI_NS, 'assessmentSection');
    expect([section.getAttribute('title'), section.getAttribute('visible')]).toEqual([test.getAttribute('title'), 'true']);
    // Each reference names an item file in the zip (hrefs are relative to the test, which sits at the root)
    // under that item's own identifier; together they cover every item file, once each.
    const refs = all(section, QTI_NS, 'assessmentItemRef');
    const items = Object.keys(files).filter((p) => p.startsWith('items/'));
    expect(items).toHaveLength(questions.length);
    expect(refs.map((r) => r.getAttribute('href')).sort()).toEqual([...items].sort());
    for (const r of refs) {
      const item = parse(files[r.getAttribute('href')!]).documentElement;
      expect(r.getAttribute('identifier')).toBe(item.getAttribute('identifier'));
    }
    // The test's score is the sum of the items' scores.
    const [sum] = all(test, QTI_NS, 'sum');
    expect(all(sum, QTI_NS, 'testVariables')[0].getAttribute('variableIdentifier')).toBe('SCORE');
    // In the manifest, the test's resource depends on every item's resource.
    const manifest = parse(files['imsmanifest.xml']).documentElement;
    const resources = all(manifest, CP_NS, 'resource');
    const testResource = resources.find((r) => r.getAttribute('type') === 'imsqti_test_xmlv2p1')!;
    const itemIds = resources.filter((r) => r !== testResource).map((r) => r.getAttribute('identifier'));
    const deps = all(testResource, CP_NS, 'dependency').map((d) => d.getAttribute('identifierref'));
    expect([...deps].sort()).toEqual([...itemIds].sort());
  });

  it('has one well-formed single-choice item per question, scored by match_correct against an offered choice', async () => {
    const files = await unpack(questions);
    const items = Object.entries(files).filter(([path]) => path.startsWith('items/'));
    const identifiers = new Set<string>();
    for (const [path, xml] of items) {
      const item = parse(xml).documentElement;
      expect(item.localName, path).toBe('assessmentItem');
      expect(item.namespaceURI, path).toBe(QTI_NS);
      const id = item.getAttribute('identifier')!;
      expect(id).toMatch(/^[A-Za-z_][A-Za-z0-9_.-]*$/);
      expect(path).toBe(`items/${id}.xml`);
      identifiers.add(id);
      const [response] = all(item, QTI_NS, 'responseDeclaration');
      expect(response.getAttribute('identifier')).toBe('RESPONSE');
      expect(response.getAttribute('cardinality')).toBe('single');
      const correct = all(response, QTI_NS, 'value').map((v) => v.textContent);
      expect(correct).toHaveLength(1);
      const [outcome] = all(item, QTI_NS, 'outcomeDeclaration');
      expect([outcome.getAttribute('identifier'), outcome.getAttribute('baseType')]).toEqual(['SCORE', 'float']);
      const [interaction] = all(item, QTI_NS, 'choiceInteraction');
      expect(interaction.getAttribute('responseIdentifier')).toBe('RESPONSE');
      expect(interaction.getAttribute('maxChoices')).toBe('1');
      const choices = all(interaction, QTI_NS, 'simpleChoice').map((c) => c.getAttribute('identifier'));
      expect(new Set(choices).size).toBe(choices.length);
      expect(choices).toContain(correct[0]);
      expect(all(item, QTI_NS, 'responseProcessing')[0].getAttribute('template')).toBe(MATCH_CORRECT);
    }
    expect(identifiers.size).toBe(questions.length);
  });

  it('carries each question’s text and answer exactly, markup escaped', async () => {
    const files = await unpack(questions);
    for (const q of questions) {
      const path = Object.keys(files).find((p) => p.endsWith(`/${q.id.replace('#', '_')}.xml`))!;
      const item = parse(files[path]);
      expect(all(item, QTI_NS, 'prompt')[0].textContent).toBe(q.prompt.replace('\u0001', ''));
      expect(all(item, QTI_NS, 'simpleChoice').map((c) => c.textContent)).toEqual(q.options.map((o) => o.text));
      expect(all(all(item, QTI_NS, 'correctResponse')[0], QTI_NS, 'value')[0].textContent).toBe(q.answer);
    }
    // The markup stayed text: no element smuggled in through a question.
    const hostile = parse(files['items/markup-text.xml']);
    expect(hostile.getElementsByTagName('script')).toHaveLength(0);
    expect(hostile.getElementsByTagName('b')).toHaveLength(0);
  });
});
