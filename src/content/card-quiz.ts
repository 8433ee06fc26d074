/** The lesson card's quiz question, verbatim (the full quiz bank extends it). */
export interface QuizOption {
  readonly key: 'A' | 'B' | 'C' | 'D';
  readonly text: string;
  readonly why: string;
}

export interface QuizQuestion {
  readonly id: string;
  readonly prompt: string;
  readonly options: readonly QuizOption[];
  readonly answer: QuizOption['key'];
}

export const CARD_QUESTION: QuizQuestion = {
  id: 'card-cleaning',
  prompt: 'Why is data cleaning important before training?',
  options: [
    { key: 'A', text: 'It increases the number of training samples', why: 'Cleaning removes rows; it never adds samples.' },
    {
      key: 'B',
      text: 'It makes the model run faster by reducing features',
      why: 'Cleaning drops faulty rows, not features; the model is the same size.',
    },
    {
      key: 'C',
      text: 'It removes errors that can confuse the model',
      why: 'Right: missing clicks and impossible values would teach the model patterns that do not exist.',
    },
    {
      key: 'D',
      text: 'It changes the model architecture',
      why: 'The architecture is chosen at training time; cleaning only touches the data.',
    },
  ],
  answer: 'C',
};
