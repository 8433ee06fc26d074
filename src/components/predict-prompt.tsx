/**
 * A predict-first prompt: one number or one click, committed before the
 * stage's result is shown, then one sentence comparing guess and result. Used
 * by Guided (skippable) and by the Predict mode (a committed guess is needed);
 * `usePredictGate` tells the step whether its result may be shown yet.
 */
import { useId, useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { predictionFor, PREDICT_TEXT, type Prediction } from '../content/predictions';
import { revealSentence } from '../content/predict-words';
import type { StepId } from '../content/steps';
import { compareGuess } from '../pipeline/guess-compare';
import { useLabStore, type LabState } from '../store/lab-store';
import { answerOf, guessKey, promptFacts } from '../store/prediction-answers';
import { useView } from '../store/use-view';
import { fmtInt } from '../pipeline/summary';

export type GateState = 'none' | 'asking' | 'open';

interface PromptState {
  readonly prediction: Prediction | null;
  readonly key: string | null;
  readonly guess: number | undefined;
  readonly skipped: boolean;
}

function promptState(s: LabState, step: StepId): PromptState {
  const prediction = predictionFor(step) ?? null;
  if (!prediction) return { prediction, key: null, guess: undefined, skipped: false };
  const key = guessKey(prediction.id, s);
  return { prediction, key, guess: s.quiz.guesses?.[key], skipped: s.skippedGuesses.includes(key) };
}

/** Whether the step's result may be on the page: 'asking' until a guess is committed (or, where allowed, skipped). */
export function usePredictGate(step: StepId): GateState {
  const policy = useView().entry.predict;
  const { prediction, guess, skipped } = useLabStore(useShallow((s) => promptState(s, step)));
  if (policy === 'off' || !prediction) return 'none';
  if (guess !== undefined) return 'open';
  return policy === 'optional' && skipped ? 'open' : 'asking';
}

export function PredictPrompt({ step }: { step: StepId }) {
  const policy = useView().entry.predict;
  const { prediction, key, guess, skipped } = useLabStore(useShallow((s) => promptState(s, step)));
  const facts = useLabStore(useShallow(promptFacts));
  // Strings, so the selectors return stable values (an answer object would be new on every read).
  const resultText = useLabStore((s) => (prediction ? (answerOf(prediction.id, s)?.text ?? null) : null));
  const closeness = useLabStore((s) => {
    const r = prediction && guess !== undefined ? answerOf(prediction.id, s) : null;
    return r && guess !== undefined ? compareGuess(guess, r.answer).closeness : null;
  });
  const saveGuess = useLabStore((s) => s.saveGuess);
  const skipGuess = useLabStore((s) => s.skipGuess);
  if (policy === 'off' || !prediction || !key) return null;
  if (guess === undefined && skipped && policy === 'optional') return null;
  const question = prediction.question(facts);
  if (guess !== undefined) {
    const sentence =
      resultText !== null && closeness !== null ? revealSentence(prediction, guess, resultText, closeness) : PREDICT_TEXT.waiting;
    return (
      <section className="predict done" aria-label={PREDICT_TEXT.region}>
        <p className="muted">{question}</p>
        <p role="status">{sentence}</p>
      </section>
    );
  }
  return (
    <GuessForm
      prediction={prediction}
      question={question}
      max={prediction.kind === 'number' ? prediction.max(facts) : prediction.choices.length - 1}
      canSkip={policy === 'optional'}
      onCommit={(v) => saveGuess(key, v)}
      onSkip={() => skipGuess(key)}
    />
  );
}

interface GuessFormProps {
  readonly prediction: Prediction;
  readonly question: string;
  readonly max: number;
  readonly canSkip: boolean;
  readonly onCommit: (value: number) => void;
  readonly onSkip: () => void;
}

function GuessForm({ prediction, question, max, canSkip, onCommit, onSkip }: GuessFormProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (prediction.kind !== 'number') return;
    const v = text.trim() === '' ? NaN : Number(text);
    if (!Number.isFinite(v) || v < prediction.min || v > max) {
      setError(`Enter a number from ${prediction.min} to ${fmtInt(max)}.`);
      return;
    }
    onCommit(v);
  };
  return (
    // noValidate: the range is checked here, with a message that says what to enter (not the browser bubble).
    <form className="predict" aria-labelledby={`${id}-q`} onSubmit={submit} noValidate>
      <p id={`${id}-q`}>
        <strong>{PREDICT_TEXT.lead}</strong> {question}
      </p>
      {prediction.kind === 'number' ? (
        <div className="predict-row">
          <label htmlFor={`${id}-guess`}>Your guess ({prediction.unit})</label>
          <input
            id={`${id}-guess`}
            type="number"
            inputMode="decimal"
            min={prediction.min}
            max={max}
            step="any"
            value={text}
            aria-invalid={error !== null}
            aria-describedby={error ? `${id}-err` : undefined}
            onChange={(e) => {
              setText(e.target.value);
              setError(null);
            }}
          />
          <button type="submit">{PREDICT_TEXT.commit}</button>
        </div>
      ) : (
        <div className="predict-row" role="group" aria-label="Your guess">
          {prediction.choices.map((c, i) => (
            <button key={c} type="button" onClick={() => onCommit(i)}>
              {c}
            </button>
          ))}
        </div>
      )}
      {error && (
        <p id={`${id}-err`} role="alert">
          {error}
        </p>
      )}
      {canSkip ? (
        <button type="button" className="secondary" onClick={onSkip}>
          {PREDICT_TEXT.skip}
        </button>
      ) : (
        <p className="muted">{PREDICT_TEXT.requiredNote}</p>
      )}
    </form>
  );
}
