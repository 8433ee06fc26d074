/** "Download questions (QTI 2.1 zip)": the card's questions, the bank and this run's questions, for an LMS. */
import { useState } from 'react';
import { CARD_QUESTIONS } from '../../../content/card-quiz';
import { KIT_TEXT } from '../../../content/kit';
import { BANK_QUESTIONS } from '../../../content/quiz-bank';
import { saveFile } from '../../../components/save-file';
import { useRunQuestions } from '../use-run-questions';

export function QtiExport() {
  const run = useRunQuestions();
  const [done, setDone] = useState('');
  const download = async () => {
    const questions = [...CARD_QUESTIONS, ...BANK_QUESTIONS, ...run];
    const { qtiPackage, QTI_PACKAGE_NAME } = await import('./qti-package');
    saveFile(QTI_PACKAGE_NAME, await qtiPackage(questions), 'application/zip');
    setDone(KIT_TEXT.qtiDone(QTI_PACKAGE_NAME, questions.length));
  };
  return (
    <div className="qti-export">
      <p>{KIT_TEXT.qtiNote(CARD_QUESTIONS.length, BANK_QUESTIONS.length, run.length)}</p>
      {run.length === 0 && <p className="muted">{KIT_TEXT.qtiNoRun}</p>}
      <button type="button" onClick={() => void download()}>
        {KIT_TEXT.qtiButton}
      </button>
      <p role="status" aria-live="polite">
        {done}
      </p>
    </div>
  );
}
