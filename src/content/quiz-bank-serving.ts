/** Quiz bank, stages 6–7 and production readiness: compression, latency, alerts, drift and rollback. */
import { question, type QuizQuestion } from './card-quiz';

export const SERVING_QUESTIONS: readonly QuizQuestion[] = [
  question(
    'deployment-quantize',
    'deployment',
    'Why quantize the weights to 8-bit integers before shipping?',
    'D',
    [
      [
        'It makes the model more accurate',
        'Rounding weights can only lose a little precision; the point is to lose almost none.',
      ],
      ['It removes the need for validation', 'The opposite: the compressed model must be validated again after reloading.'],
      ['It trains the model faster', 'Quantization happens after training.'],
      [
        'The package gets about 4× smaller, with accuracy checked after reloading',
        'Right: smaller downloads and faster loads, as long as the reloaded model still scores as well.',
      ],
    ],
    true,
  ),
  question('deployment-cold-warm', 'deployment', 'The first prediction takes 40 ms, the following ones under 1 ms. Why?', 'A', [
    [
      'The first (cold) call sets up the backend and uploads the weights; later (warm) calls reuse them',
      'Right: warm the model up before it takes traffic, and judge the budget on warm latency.',
    ],
    ['The first row was harder to predict', 'Every row costs the same arithmetic in this model.'],
    ['The model learns during the first prediction', 'Predicting never changes the weights.'],
    ['The browser was still cleaning the data', 'Cleaning happened long before; the cost is the backend’s one-time setup.'],
  ]),
  question(
    'deployment-p95',
    'deployment',
    'Why check the latency budget against the 95th percentile (p95) rather than the average?',
    'B',
    [
      ['The average is always larger', 'The average is usually smaller; it hides the slow requests.'],
      [
        'One request in twenty is at least that slow, and users notice the slow ones',
        'Right: a good average can hide a long tail of slow answers.',
      ],
      ['p95 ignores the cold first call, so it always passes', 'It is a stricter test than the average, not an easier one.'],
      ['Browsers only report percentiles', 'The lab times every call; the percentile is a choice, not a limitation.'],
    ],
  ),
  question('monitoring-threshold', 'monitoring', 'What does raising the alert threshold from 80 % to 90 % trade off?', 'C', [
    [
      'Nothing: a higher threshold is always safer',
      'A threshold near the model’s normal accuracy fires on ordinary ups and downs.',
    ],
    ['Fewer alerts, but later', 'That is what lowering it does.'],
    [
      'Drops are caught sooner, at the cost of more false alarms',
      'Right: the closer the threshold is to normal accuracy, the earlier it fires — for real drift and for noise alike.',
    ],
    ['A more accurate model', 'The alert watches the model; it does not change it.'],
  ]),
  question(
    'monitoring-noise',
    'monitoring',
    'Accuracy on one live batch dips to 74 %, then recovers. Why does the monitor not fire?',
    'D',
    [
      ['The monitor only checks once a day', 'It checks every batch.'],
      ['Dips below 80 % never fire the alert', 'A sustained dip does fire it.'],
      [
        'The live data was cleaned, so accuracy cannot drop',
        'Cleaning removes broken rows; it cannot stop the world from changing.',
      ],
      [
        'It watches rolling accuracy over 10 batches, so one noisy batch is smoothed out; drift keeps it low',
        'Right: a window separates noise (one bad batch) from drift (a lasting change).',
      ],
    ],
  ),
  question(
    'monitoring-rollback',
    'monitoring',
    'A new model version goes live and rolling accuracy falls well below the threshold. What is the safest first step?',
    'A',
    [
      [
        'Roll back to the previous version that passed validation, then investigate',
        'Right: a packaged, validated previous version is what makes a quick, safe rollback possible.',
      ],
      ['Lower the alert threshold until it stops firing', 'That hides the problem from you, not from your users.'],
      ['Retrain on the live data right away', 'Unchecked live data may be the cause; retraining on it can make things worse.'],
      ['Wait for users to complain', 'Monitoring exists so that you find out first.'],
    ],
  ),
  question(
    'monitoring-silent-zeros',
    'monitoring',
    'A tracker bug records many clicks as 0 instead of missing. Why does cleaning not catch it?',
    'B',
    [
      ['Cleaning is switched off after deployment', 'The same rules run on live rows; they simply see nothing wrong.'],
      [
        'A 0 is a plausible value, so no rule is broken; only a shift in the data (drift) reveals it',
        'Right: monitoring the distributions and the accuracy catches what row-by-row rules cannot.',
      ],
      ['Zeros are dropped as missing values', 'Zeros are valid values; only truly missing ones are dropped.'],
      ['The model corrects the zeros itself', 'The model trusts its inputs; it predicts from the wrong zeros.'],
    ],
  ),
  question('readiness-meaning', 'insight', 'Which best describes production readiness?', 'C', [
    ['The highest possible training accuracy', 'Training accuracy can be high for a model that memorised its rows.'],
    ['The largest model that fits in memory', 'Bigger is slower to ship and to answer; size is a cost, not a goal.'],
    [
      'Working reliably with real data, handling errors, and keeping performing well over time',
      'Right: that is the card’s key insight — clean inputs, honest validation, a package within budget, and monitoring.',
    ],
    ['Passing one test run without crashing', 'One run says nothing about tomorrow’s data.'],
  ]),
  question(
    'readiness-notebook',
    'insight',
    'A model scored 92 % once in a notebook. What is still missing before real users?',
    'D',
    [
      ['Nothing: 92 % is above the 80 % threshold', 'A single score, on unknown data, is not evidence of reliability.'],
      ['Only a faster computer', 'Hardware does not check the data, the latency budget or the drift.'],
      ['More epochs', 'More training does not address how the model behaves once deployed.'],
      [
        'Validation on held-out data, a package within the latency budget, and monitoring with alerts and a rollback plan',
        'Right: each stage of the pipeline answers one of the ways a model fails in production.',
      ],
    ],
  ),
];
