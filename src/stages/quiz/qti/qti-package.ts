/**
 * The quiz bank as a QTI 2.1 content package (IMS Content Packaging 1.1): a zip
 * with imsmanifest.xml at its root, one assessmentItem file per question (each a
 * resource of type imsqti_item_xmlv2p1) and one assessmentTest referencing them
 * all (a resource of type imsqti_test_xmlv2p1 that depends on every item) — what
 * Canvas, Moodle and other LMSs import. Built in the browser; fflate loads on first use.
 */
import type { QuizQuestion } from '../../../content/card-quiz';
import { KIT_TEXT } from '../../../content/kit';
import { qtiItem, QTI_NS, XSI } from './qti-item';
import { qtiTest, TEST_ID, TEST_PATH } from './qti-test';
import { qtiIdentifier } from './xml-text';

export const CP_NS = 'http://www.imsglobal.org/xsd/imscp_v1p1';
export const QTI_PACKAGE_NAME = 'pipeline-lab-quiz-qti21.zip';

/** `items/<identifier>.xml` for a question. */
export const itemPath = (q: QuizQuestion): string => `items/${qtiIdentifier(q.id)}.xml`;

/** The manifest listing the test and every item (identifiers `RES-<identifier>`); the test depends on each item. */
export function qtiManifest(questions: readonly QuizQuestion[]): string {
  const items = questions.map((q) => {
    const href = itemPath(q);
    return `    <resource identifier="RES-${qtiIdentifier(q.id)}" type="imsqti_item_xmlv2p1" href="${href}">
      <file href="${href}"/>
    </resource>`;
  });
  const dependencies = questions.map((q) => `      <dependency identifierref="RES-${qtiIdentifier(q.id)}"/>`);
  const test = `    <resource identifier="RES-${TEST_ID}" type="imsqti_test_xmlv2p1" href="${TEST_PATH}">
      <file href="${TEST_PATH}"/>
${dependencies.join('\n')}
    </resource>`;
  const resources = [test, ...items].join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="${CP_NS}" xmlns:xsi="${XSI}" identifier="pipeline-lab-quiz"
  xsi:schemaLocation="${CP_NS} http://www.imsglobal.org/xsd/imscp_v1p1.xsd ${QTI_NS} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd">
  <metadata>
    <schema>QTIv2.1 Package</schema>
    <schemaversion>1.0.0</schemaversion>
  </metadata>
  <organizations/>
  <resources>
${resources}
  </resources>
</manifest>
`;
}

/** The package's files by path (UTF-8 text): the manifest, the test and one item per question; a repeated id is kept once. */
export function qtiFiles(questions: readonly QuizQuestion[]): Record<string, string> {
  const unique = [...new Map(questions.map((q) => [qtiIdentifier(q.id), q])).values()];
  const files: Record<string, string> = {
    'imsmanifest.xml': qtiManifest(unique),
    [TEST_PATH]: qtiTest(unique, unique.map(itemPath), KIT_TEXT.qtiTestTitle),
  };
  for (const q of unique) files[itemPath(q)] = qtiItem(q);
  return files;
}

/** The zip's bytes. */
export async function qtiPackage(questions: readonly QuizQuestion[]): Promise<Uint8Array<ArrayBuffer>> {
  const { strToU8, zipSync } = await import('fflate');
  const files = qtiFiles(questions);
  const data = zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [path, strToU8(text)])), { level: 6 });
  return data as Uint8Array<ArrayBuffer>;
}
