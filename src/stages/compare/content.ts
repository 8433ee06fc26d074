/** Words for Compare mode (data, not code). */
export const COMPARE_TEXT = {
  heading: 'Compare two runs',
  lead:
    'Run A uses your settings; run B is the same run with only the differences below. Both are complete, seeded runs of ' +
    'all seven stages in the background, so every number here is one run’s own. Pick a ready-made contrast (one click), ' +
    'or change A’s settings on any step and run both again.',
  contrastsLabel: 'Ready-made contrasts',
  run: 'Run A and B',
  stop: 'Stop',
  runningA: 'Running A (all seven stages)…',
  runningB: 'Running B (all seven stages)…',
  stopped: 'Stopped. Run both again to compare.',
  idle: 'Pick a contrast, or run A and B with the differences below.',
  failed: 'The comparison failed:',
  changes: 'B differs from A in:',
  noChanges: 'B has no differences from A yet: pick a contrast.',
  stale: 'A’s settings changed since these runs: run both again to compare the new settings.',
  sideA: 'Run A',
  sideB: 'Run B',
  lossCaption: 'Validation loss per epoch, A and B on the same axes',
  accuracyCaption: 'Validation accuracy per epoch, A and B on the same axes',
  liveCaption: 'Rolling accuracy on the live stream (check run), A and B on the same axes',
  numbersCaption: 'A and B, number by number',
} as const;
