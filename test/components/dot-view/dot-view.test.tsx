// @vitest-environment jsdom
/**
 * The dot view against the card line of the same step: both read the same
 * store data, so every count the view states must be the card's. Also the
 * controls by keyboard, and the epoch replay.
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DotView } from '../../../src/components/dot-view/dot-view';
import { StageCard } from '../../../src/components/stage-card';
import { STEPS } from '../../../src/content/steps';
import type { StageId } from '../../../src/pipeline/summary';
import { metricsAt } from '../../../src/pipeline/score-summary';
import { createTestEngine, lab, primeStore, renderWithEngine, resetStore, useCpu } from '../../fixtures/render';

// jsdom has no 2D canvas (test/setup.ts makes getContext return null); the marks' maths runs all the same.
beforeAll(useCpu);
beforeEach(() => resetStore());

const engine = createTestEngine();

function show(step: StageId) {
  return renderWithEngine(
    <>
      <DotView step={step} />
      <StageCard id={step} />
    </>,
    engine,
  );
}

const view = () => screen.getByRole('figure', { name: /Every row as a mark/ });
const card = (n: number) => screen.getByRole('region', { name: `Stage ${n} on the lesson card` });
/** "2,000 rows × 10 columns" → [2000, 10], for each shape in the card line. */
const shapes = (el: HTMLElement) =>
  [...(el.textContent ?? '').matchAll(/([\d,]+) rows × (\d+) columns/g)].map((m) => [
    Number(m[1].replace(/,/g, '')),
    Number(m[2]),
  ]);
const n = (x: number) => x.toLocaleString('en-US');

describe('DotView counts equal the card line of the same step', () => {
  it('Data Collection: the rows collected', async () => {
    await primeStore(engine);
    show('collection');
    const [[rows]] = shapes(card(1));
    expect(rows).toBe(2000);
    expect(view()).toHaveTextContent(`${n(rows)} sessions collected`);
    expect(view()).toHaveTextContent(`${n(rows)} sessions arrive`);
  });

  it('Data Cleaning: rows in, rows kept, rows dropped and per rule', async () => {
    await primeStore(engine);
    show('cleaning');
    const [[rowsIn], [kept]] = shapes(card(2));
    expect(view()).toHaveTextContent(`${n(rowsIn)} → ${n(kept)} rows kept`);
    expect(view()).toHaveTextContent(`${n(rowsIn - kept)} dropped`);
    const counts = lab.getState().snapshot!.cleaning.counts;
    expect(view()).toHaveTextContent(`missing clicks: ${n(counts.missing_clicks)}`);
    expect(card(2)).toHaveTextContent(`Dropped ${n(rowsIn - kept)} rows`);
  });

  it('Feature Engineering: rows and 10 → 12 columns', async () => {
    await primeStore(engine);
    show('features');
    const [[rows, before], [, after]] = shapes(card(3));
    expect(view()).toHaveTextContent(`${n(rows)} rows · ${before} → ${after} columns`);
    // The join strip names the two new columns; the summary says how many rows gain them.
    expect(view()).toHaveTextContent('each rowclick_ratetime_since_last_click');
    expect(view()).toHaveTextContent(
      `click_rate and time_since_last_click join each of the ${n(rows)} rows: ${before} → ${after} columns.`,
    );
    expect(view()).toHaveTextContent(/gets time_since_last_click = [\d.]+ h: the arrow goes back/);
  });

  it('Model Training: the 80/20 split, then the epochs replayed one at a time', async () => {
    await primeStore(engine, { train: true });
    show('training');
    const [[trainRows]] = shapes(card(4));
    const { validationRows } = lab.getState().snapshot!;
    expect(view()).toHaveTextContent(`training ${n(trainRows)} (80 %)`);
    expect(view()).toHaveTextContent(`validation ${n(validationRows)}`);
    const user = userEvent.setup();
    await user.click(within(view()).getByRole('button', { name: 'Pause' }));
    expect(within(view()).getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(view()).getByRole('button', { name: 'Replay' }));
    await user.click(within(view()).getByRole('button', { name: 'Pause' }));
    expect(view()).toHaveTextContent('Before training');
    await user.click(within(view()).getByRole('button', { name: 'Next epoch' }));
    expect(view()).toHaveTextContent('Epoch 1 of 3');
    expect(view()).toHaveTextContent(/During epoch 1 of 3 the model answered [\d.]+ % of the training rows right/);
    await user.click(within(view()).getByRole('button', { name: 'Next epoch' }));
    expect(view()).toHaveTextContent('Epoch 2 of 3');
  });

  it('Model Validation: the four cells and the accuracy equal the card line and the confusion matrix', async () => {
    await primeStore(engine, { train: true });
    show('validation');
    const s = lab.getState();
    const m = metricsAt(s.validationScores, s.config.threshold)!;
    const acc = card(5).textContent!.match(/Accuracy = ([\d.]+ %)/)![1];
    expect(view()).toHaveTextContent(`model ${acc}`);
    expect(view()).toHaveTextContent(`true positives: ${n(m.confusion.tp)}`);
    expect(view()).toHaveTextContent(`false negatives: ${n(m.confusion.fn)}`);
    expect(view()).toHaveTextContent(`false positives: ${n(m.confusion.fp)}`);
    expect(view()).toHaveTextContent(`true negatives: ${n(m.confusion.tn)}`);
    // Moving the threshold re-sorts the marks and the counts follow.
    act(() => lab.setState({ config: { ...s.config, threshold: 0.9 } }));
    const high = metricsAt(s.validationScores, 0.9)!;
    expect(view()).toHaveTextContent(`true positives: ${n(high.confusion.tp)}`);
    expect(high.confusion.tp).toBeLessThan(m.confusion.tp);
  });
});

describe('DotView on Deployment Preparation', () => {
  it('shows the weights on their uint8 levels and how many validation rows changed decision', async () => {
    await primeStore(engine, { train: true });
    show('deployment');
    // The store asks for the measurement when its step opens (lab-flow.ts), not the view.
    expect(lab.getState().quantViewStatus).toBe('idle');
    act(() => lab.getState().goTo(STEPS.findIndex((s) => s.id === 'deployment')));
    const text = await within(view()).findByText(/validation rows? changes? decision at threshold/, {}, { timeout: 20_000 });
    const { validationRows } = lab.getState().snapshot!;
    const q = lab.getState().quantView!;
    expect(text).toHaveTextContent(`${n(q.changed.length)} of ${n(validationRows)} validation row`);
    expect(view()).toHaveTextContent(/on \d+ of 256 uint8 levels/);
  });
});

describe('DotView by keyboard', () => {
  it('P pauses and plays, S steps, R replays while the picture has focus, and arrows pick a row', async () => {
    await primeStore(engine, { train: true });
    show('training');
    const picture = within(view()).getByRole('img');
    picture.focus();
    fireEvent.keyDown(picture, { key: 'p' });
    expect(within(view()).getByRole('button', { name: 'Play' })).toBeInTheDocument();
    fireEvent.keyDown(picture, { key: 'r' });
    fireEvent.keyDown(picture, { key: 'p' });
    expect(view()).toHaveTextContent('Before training');
    fireEvent.keyDown(picture, { key: 's' });
    expect(view()).toHaveTextContent('Epoch 1 of 3');
    fireEvent.keyDown(picture, { key: 'ArrowRight' });
    expect(view()).toHaveTextContent(/Row 1: day 1 · (converted|did not convert)/);
  });

  it('the keys also work from the view’s buttons, Space there presses the button, and a live region says what happened', async () => {
    await primeStore(engine, { train: true });
    show('cleaning');
    const replay = within(view()).getByRole('button', { name: 'Replay' });
    replay.focus();
    fireEvent.keyDown(replay, { key: 'p' });
    expect(within(view()).getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(view()).getByRole('status')).toHaveTextContent('Paused.');
    // Space on a button is the button's own: the view does not also toggle the pause.
    fireEvent.keyDown(replay, { key: ' ' });
    expect(within(view()).getByRole('button', { name: 'Play' })).toBeInTheDocument();
    fireEvent.keyDown(replay, { key: 's' });
    expect(within(view()).getByRole('status')).toHaveTextContent(/^At the end state\. Cleaning keeps [\d,]+ of [\d,]+ rows/);
    fireEvent.keyDown(replay, { key: 'r' });
    expect(within(view()).getByRole('status')).toHaveTextContent(/^Replaying\./);
    // Replay plays; Space on the picture pauses again.
    fireEvent.keyDown(within(view()).getByRole('img'), { key: ' ' });
    expect(within(view()).getByRole('status')).toHaveTextContent('Paused.');
  });
});
