/** The end of a predict-first walk: how close the committed guesses came, and which stages surprised the learner. */
import { useShallow } from 'zustand/react/shallow';
import { PREDICT_TEXT, PREDICTIONS } from '../content/predictions';
import { revealSentence } from '../content/predict-words';
import { STEPS } from '../content/steps';
import { calibrate, compareGuess } from '../pipeline/guess-compare';
import type { LabState } from '../store/lab-store';
import { useLabStore } from '../store/lab-store';
import { answerOf, guessKey } from '../store/prediction-answers';

interface Row {
  readonly id: string;
  readonly stage: string;
  readonly sentence: string;
  readonly closeness: 'close' | 'near' | 'far';
  readonly error: number;
  readonly numeric: boolean;
}

/** One flat string per compared guess, so the selection compares shallowly ("id|stage|closeness|error|sentence"). */
function comparedRows(s: LabState): string[] {
  const out: string[] = [];
  for (const p of PREDICTIONS) {
    const guess = s.quiz.guesses?.[guessKey(p.id, s)];
    const result = answerOf(p.id, s);
    if (guess === undefined || !result) continue;
    const c = compareGuess(guess, result.answer);
    const stage = STEPS.find((x) => x.id === p.step)?.title ?? p.step;
    out.push([p.id, stage, c.closeness, c.error, p.kind, revealSentence(p, guess, result.text, c.closeness)].join('|'));
  }
  return out;
}

function parse(line: string): Row {
  const [id, stage, closeness, error, kind, ...rest] = line.split('|');
  return {
    id,
    stage,
    closeness: closeness as Row['closeness'],
    error: Number(error),
    numeric: kind === 'number',
    sentence: rest.join('|'),
  };
}

/** `whenEmpty`: show the section (with its "none yet" line) even before any guess was compared. */
export function CalibrationSummary({ whenEmpty }: { whenEmpty: boolean }) {
  const rows = useLabStore(useShallow(comparedRows)).map(parse);
  if (rows.length === 0 && !whenEmpty) return null;
  const c = calibrate(
    rows.map((r) => ({ id: r.stage, numeric: r.numeric, comparison: { closeness: r.closeness, error: r.error } })),
  );
  return (
    <section className="calibration" aria-labelledby="calibration-heading">
      <h3 id="calibration-heading">{PREDICT_TEXT.calibrationHeading}</h3>
      {c.compared === 0 ? (
        <p>{PREDICT_TEXT.calibrationNone}</p>
      ) : (
        <>
          <p>
            {`Of ${c.compared} guess${c.compared === 1 ? '' : 'es'} compared: ${c.close} close, ${c.near} not far off, ${c.far} far off.`}
            {c.above + c.below > 0 &&
              ` Your numbers were too high ${c.above} time${c.above === 1 ? '' : 's'} and too low ${c.below}.`}
            {c.surprises.length > 0 ? ` What surprised you: ${c.surprises.join(', ')}.` : ' Nothing surprised you.'}
          </p>
          <ul>
            {rows.map((r) => (
              <li key={r.id}>
                <strong>{r.stage}:</strong> {r.sentence}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
