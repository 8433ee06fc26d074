/**
 * One quiz question as a QTI 2.1 assessmentItem: a single-choice
 * choiceInteraction, the right option as its correctResponse, a SCORE outcome
 * and the standard match_correct response processing (1 when right, else 0).
 */
import type { QuizQuestion } from '../../../content/card-quiz';
import { STEPS } from '../../../content/steps';
import { qtiIdentifier, xmlText } from './xml-text';

export const QTI_NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
export const MATCH_CORRECT = 'http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct';
/** XML Schema instance namespace, for xsi:schemaLocation on every QTI and manifest root. */
export const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
/** xsi:schemaLocation of a QTI 2.1 root element (item or test). */
export const QTI_SCHEMA = `${QTI_NS} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd`;

/** The item's XML text (UTF-8), identified by `qtiIdentifier(q.id)`. */
export function qtiItem(q: QuizQuestion): string {
  const stage = STEPS.find((s) => s.id === q.stage)?.title ?? q.stage;
  const choices = q.options.map((o) => `      <simpleChoice identifier="${o.key}">${xmlText(o.text)}</simpleChoice>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<assessmentItem xmlns="${QTI_NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${QTI_SCHEMA}"
  identifier="${qtiIdentifier(q.id)}" title="${xmlText(`${stage}: ${q.prompt}`.slice(0, 200))}" adaptive="false" timeDependent="false">
  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
    <correctResponse>
      <value>${q.answer}</value>
    </correctResponse>
  </responseDeclaration>
  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float">
    <defaultValue>
      <value>0</value>
    </defaultValue>
  </outcomeDeclaration>
  <itemBody>
    <choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1">
      <prompt>${xmlText(q.prompt)}</prompt>
${choices}
    </choiceInteraction>
  </itemBody>
  <responseProcessing template="${MATCH_CORRECT}"/>
</assessmentItem>
`;
}
