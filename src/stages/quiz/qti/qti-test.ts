/**
 * The quiz as one QTI 2.1 assessmentTest: a single linear test part whose one
 * section references every item file by href, with a SCORE outcome that sums
 * the items' SCOREs — so an LMS can import the package as a ready-made test as
 * well as a pool of items.
 */
import type { QuizQuestion } from '../../../content/card-quiz';
import { QTI_NS, QTI_SCHEMA, XSI } from './qti-item';
import { qtiIdentifier, xmlText } from './xml-text';

/** Where the test sits in the package; its item hrefs are relative to it. */
export const TEST_PATH = 'assessment-test.xml';
/** The test's identifier (and, with RES-, its manifest resource's). */
export const TEST_ID = 'pipeline-lab-quiz-test';

/**
 * The assessmentTest's XML text (UTF-8), referencing `paths[i]` for `questions[i]` in order.
 * @param title shown by the LMS as the test's name
 */
export function qtiTest(questions: readonly QuizQuestion[], paths: readonly string[], title: string): string {
  const refs = questions
    .map((q, i) => `      <assessmentItemRef identifier="${qtiIdentifier(q.id)}" href="${paths[i]}"/>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<assessmentTest xmlns="${QTI_NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${QTI_SCHEMA}"
  identifier="${TEST_ID}" title="${xmlText(title)}">
  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float">
    <defaultValue>
      <value>0</value>
    </defaultValue>
  </outcomeDeclaration>
  <testPart identifier="part-1" navigationMode="linear" submissionMode="individual">
    <assessmentSection identifier="section-1" title="${xmlText(title)}" visible="true">
${refs}
    </assessmentSection>
  </testPart>
  <outcomeProcessing>
    <setOutcomeValue identifier="SCORE">
      <sum>
        <testVariables variableIdentifier="SCORE"/>
      </sum>
    </setOutcomeValue>
  </outcomeProcessing>
</assessmentTest>
`;
}
