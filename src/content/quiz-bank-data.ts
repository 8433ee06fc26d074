/** Quiz bank, stages 1–3: collection, cleaning and feature engineering. */
import { question, type QuizQuestion } from './card-quiz';

export const DATA_QUESTIONS: readonly QuizQuestion[] = [
  question(
    'collection-seed',
    'collection',
    'You share a link with seed 42 and a colleague opens it on another computer. What data do they get?',
    'A',
    [
      [
        'Exactly the same 10,000 sessions, row for row',
        'Right: the generator draws every value from one seeded random stream, so the same seed and settings give the same rows anywhere.',
      ],
      [
        'Similar sessions with different values',
        'That would happen with an unseeded generator; a seed makes the data reproducible, not merely similar.',
      ],
      ['Nothing until they upload your data file', 'The data is generated in their browser from the settings in the link.'],
      ['A random sample of your rows', 'No rows travel in the link, only the seed and the settings.'],
    ],
    true,
  ),
  question('collection-timestamp', 'collection', 'Why does every collected session keep its timestamp?', 'C', [
    ['The model needs the date to predict conversions', 'The raw timestamp is not a model input; it only orders events.'],
    ['Timestamps make the table smaller', 'They add a column; they are kept for what they make possible.'],
    [
      'Features such as time since the last click need events in time order',
      'Right: per-user recency can only be computed honestly when each session looks back in time, never forward.',
    ],
    ['Cleaning uses it to find missing clicks', 'Missing clicks are found from the clicks column itself.'],
  ]),
  question(
    'cleaning-impossible',
    'cleaning',
    'A session records 9 clicks but only 4 page views. What does cleaning do with it?',
    'B',
    [
      ['Keeps it: more clicks means a keen user', 'A click happens on a page view, so more clicks than views cannot be real.'],
      [
        'Drops it as an impossible value, and says why',
        'Right: a broken tracker wrote it; training on it would teach the model a pattern that cannot occur.',
      ],
      ['Sets clicks to 4 and keeps the row', 'Guessing a value hides the fault; the lab drops the row and reports the reason.'],
      ['Sends it to the validation split', 'Faulty rows are removed before the split; validation must be as clean as training.'],
    ],
  ),
  question('cleaning-zero-fill', 'cleaning', 'Why are sessions with missing clicks dropped rather than filled with 0?', 'D', [
    ['Zero is not a valid number in the table', 'Zero clicks is a perfectly valid value; that is exactly the problem.'],
    ['Filling would make the table too large', 'Filling keeps the same number of rows.'],
    ['The model cannot read zeros', 'Zeros are ordinary inputs to a neural network.'],
    [
      'A 0 would claim the user clicked nothing, a fact nobody observed',
      'Right: the model would learn that "no clicks" sessions behave like these unknown ones — a pattern that does not exist.',
    ],
  ]),
  question(
    'features-future',
    'features',
    'time_since_last_click is computed per user from earlier sessions only. What goes wrong if later sessions are used too?',
    'A',
    [
      [
        'The feature leaks the future: validation looks great, production does not',
        'Right: at prediction time later sessions do not exist yet, so the model would rely on information it will never have.',
      ],
      [
        'Nothing: more sessions give a better estimate',
        'More information is only fair if it will also exist when the model is used.',
      ],
      ['Training becomes slower', 'Speed is not the issue; the honesty of the numbers is.'],
      ['The column gets more missing values', 'Looking forward would fill more values, not fewer; that is the trap.'],
    ],
    true,
  ),
  question('features-click-rate', 'features', 'Why can click_rate (clicks ÷ page views) help more than the raw counts?', 'C', [
    ['It removes the need for cleaning', 'A ratio of broken values is still broken; cleaning comes first.'],
    ['It makes the table smaller', 'It adds a column (10 → 12 with the recency feature).'],
    [
      'It compares sessions of different lengths on one scale',
      'Right: 3 clicks in 4 pages and 3 clicks in 40 pages are very different sessions; the ratio says so directly.',
    ],
    [
      'Neural networks cannot divide',
      'They can approximate it, but a feature that states the relation directly is learned faster and more reliably.',
    ],
  ]),
  question(
    'features-scaling-leak',
    'features',
    'Inputs are standardised with a mean and a spread. Which rows should those two numbers come from?',
    'B',
    [
      [
        'All rows, so the statistics are as accurate as possible',
        'Using validation rows leaks them into training and makes validation optimistic.',
      ],
      [
        'The training rows only, then applied unchanged to validation and live rows',
        'Right: validation and production rows are "new", so nothing about them may shape the model — not even a mean.',
      ],
      ['The validation rows only', 'Then the model’s inputs would be built from the rows meant to judge it.'],
      [
        'Each batch of live data separately',
        'The scaling would then drift with the data and the model would see shifted inputs.',
      ],
    ],
  ),
];
