/** Quiz bank, stages 4–5 and the traces: training, the epoch trace, validation and the prediction trace. */
import { question, type QuizQuestion } from './card-quiz';

export const MODEL_QUESTIONS: readonly QuizQuestion[] = [
  question(
    'training-learning-rate',
    'training',
    'The loss jumps up and down and grows from one epoch to the next. Which change most likely helps?',
    'D',
    [
      ['More epochs', 'More epochs repeat the same oversized steps; the loss keeps jumping.'],
      ['More hidden units', 'A bigger model does not fix updates that overshoot.'],
      ['A higher decision threshold', 'The threshold is applied after training; it does not change how the weights learn.'],
      ['A lower learning rate', 'Right: each update is too big and overshoots the minimum; smaller steps let the loss settle.'],
    ],
    true,
  ),
  question(
    'epochs-overfit',
    'training',
    'In the epoch trace, training loss keeps falling while validation loss starts rising. What is happening?',
    'B',
    [
      [
        'The model is still learning useful patterns',
        'Useful patterns would also lower the loss on rows the model has not seen.',
      ],
      [
        'The model is starting to memorise the training rows (overfitting)',
        'Right: it gets better only on rows it has seen; stop earlier, or use fewer epochs or units.',
      ],
      ['The validation rows are faulty', 'They were cleaned like the training rows; the divergence comes from the model.'],
      ['The learning rate is too low', 'A low rate makes both losses fall slowly; it does not split them apart.'],
    ],
  ),
  question(
    'epochs-converge',
    'training',
    'On the card, loss goes 0.75 → 0.55 → 0.42 → 0.35 → 0.33 over five epochs. What does the last step say?',
    'A',
    [
      [
        'Training is converging: more epochs would bring only small gains',
        'Right: the improvements shrink epoch by epoch; that is the card’s “Training converges, small improvements”.',
      ],
      [
        'The model is broken because the loss stopped at 0.33',
        'A loss that levels off is normal; some sessions are simply hard to predict.',
      ],
      ['Accuracy must now be 100 %', 'A loss of 0.33 still means uncertain predictions; the card’s accuracy is 86 %.'],
      ['The next epoch will make the loss negative', 'Cross-entropy loss is never negative.'],
    ],
  ),
  question(
    'validation-accuracy-alone',
    'validation',
    'Only 1 session in 10 converts. Why is 90 % accuracy not enough to call the model good?',
    'C',
    [
      ['90 % is below the 80 % alert threshold', '90 % is above 80 %; the problem is what accuracy hides.'],
      ['Accuracy cannot be computed on validation rows', 'It can; it is just not the whole story.'],
      [
        'A model that always answers “won’t convert” also scores 90 %',
        'Right: precision, recall and the confusion matrix show whether it finds any converters at all.',
      ],
      [
        'Validation accuracy is always lower than it looks',
        'On an honest held-out split it is a fair estimate, of accuracy only.',
      ],
    ],
  ),
  question('validation-threshold', 'validation', 'You raise the decision threshold from 0.5 to 0.8. What usually happens?', 'B', [
    ['Every metric improves', 'The threshold trades one kind of mistake for another; it cannot improve everything.'],
    [
      'Fewer sessions are flagged: precision tends to rise and recall to fall',
      'Right: only confident predictions count as “converts”, so flags are more often right but more buyers are missed.',
    ],
    ['The model has to be retrained', 'The same probabilities are re-thresholded; no training is needed.'],
    ['The validation loss changes', 'Log loss uses the probabilities, not the threshold.'],
  ]),
  question(
    'trace-relu',
    'trace',
    'In the prediction trace a unit of hidden layer 1 shows exactly 0. Why?',
    'A',
    [
      [
        'ReLU switched it off: its weighted sum was negative',
        'Right: ReLU passes positive sums and turns negative ones into exactly 0, so that unit adds nothing for this row.',
      ],
      ['The unit is broken and should be removed', 'For another row the same unit may be active; zeros are normal for ReLU.'],
      ['The input row had missing values', 'Rows with missing values were cleaned away; the zero comes from the activation.'],
      ['The sigmoid rounded it down', 'The sigmoid is only in the output layer.'],
    ],
    true,
  ),
  question(
    'trace-threshold',
    'trace',
    'The output layer gives a probability of 0.62 and the decision threshold is 0.5. What does the last layer decide?',
    'C',
    [
      ['Won’t convert, because 0.62 is close to 0.5', 'Closeness does not matter: the rule is “at or above the threshold”.'],
      ['Nothing until a second model confirms it', 'This model decides on its own; the threshold step is the last layer.'],
      ['Converts, because 0.62 ≥ 0.5', 'Right: the threshold decision turns the probability into a yes/no answer.'],
      ['Converts with 62 % accuracy', 'A probability for one row is not an accuracy; accuracy is measured over many rows.'],
    ],
  ),
];
