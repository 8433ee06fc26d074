import { calibrate, compareGuess } from '../../src/pipeline/guess-compare';

describe('comparing a guess with the run', () => {
  it('numbers: close within the tolerance, near within three times it, far beyond', () => {
    const answer = { kind: 'number', value: 200, tolerance: 20 } as const;
    expect(compareGuess(200, answer)).toEqual({ closeness: 'close', error: 0 });
    expect(compareGuess(180, answer)).toEqual({ closeness: 'close', error: -20 });
    expect(compareGuess(259, answer)).toEqual({ closeness: 'near', error: 59 });
    expect(compareGuess(261, answer)).toEqual({ closeness: 'far', error: 61 });
    expect(compareGuess(0, answer).closeness).toBe('far');
  });

  it('choices: right or wrong', () => {
    expect(compareGuess(1, { kind: 'choice', index: 1 })).toEqual({ closeness: 'close', error: 0 });
    expect(compareGuess(2, { kind: 'choice', index: 1 })).toEqual({ closeness: 'far', error: 1 });
  });

  it('a zero tolerance still counts an exact guess as close', () => {
    expect(compareGuess(5, { kind: 'number', value: 5, tolerance: 0 }).closeness).toBe('close');
    expect(compareGuess(6, { kind: 'number', value: 5, tolerance: 0 }).closeness).toBe('far');
  });

  it('the calibration counts each closeness, names the surprises and the lean of the numbers', () => {
    const c = calibrate([
      { id: 'Data Cleaning', numeric: true, comparison: { closeness: 'far', error: 300 } },
      { id: 'Model Training', numeric: true, comparison: { closeness: 'close', error: -1 } },
      { id: 'Feature Engineering', numeric: false, comparison: { closeness: 'far', error: 1 } },
      { id: 'Model Validation', numeric: true, comparison: { closeness: 'near', error: 25 } },
    ]);
    expect(c).toEqual({
      compared: 4,
      close: 1,
      near: 1,
      far: 2,
      surprises: ['Data Cleaning', 'Feature Engineering'],
      above: 2,
      below: 1,
    });
    expect(calibrate([])).toMatchObject({ compared: 0, surprises: [] });
  });
});
