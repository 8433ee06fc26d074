/** Teaching text for Stage 1 — Data Collection. */
export const COLLECTION_TEXT = {
  lead:
    'Every model starts with data. Here the “users and sensors” are simulated: a seeded generator creates click sessions ' +
    'from returning users over eight weeks. The same seed always gives the same dataset, on every machine.',
  why:
    'Real collection is messy: trackers fail, devices report nonsense. The generator breaks a small share of rows on purpose, ' +
    'exactly as many as the fault rate says, so the next stage has something real to clean.',
  columnsCaption: 'What each column means',
};
