/** The app shell: what Pipeline Lab is, a Run button, and the run's tables. */
import { StageTable } from '../components/stage-table';
import { EpochTable } from '../components/epoch-table';
import { INTRO, TITLE } from '../content/intro';
import { useRunStore } from '../store/run-store';
import { useEngine } from './engine-context';

const STATUS_TEXT = {
  idle: 'Press “Run the pipeline” to generate the data, train the model and run every stage in your browser.',
  running: 'Running the pipeline…',
  done: 'Pipeline finished.',
  cancelled: 'Run cancelled. Nothing from it is shown.',
  error: 'The run failed.',
} as const;

export function App() {
  const engine = useEngine();
  const status = useRunStore((s) => s.status);
  const epochs = useRunStore((s) => s.epochs);
  const summary = useRunStore((s) => s.summary);
  const error = useRunStore((s) => s.error);
  const start = useRunStore((s) => s.start);
  const cancel = useRunStore((s) => s.cancel);
  const running = status === 'running';
  return (
    <main className="app">
      <header>
        <h1>{TITLE}</h1>
        <p className="intro">{INTRO}</p>
      </header>
      <div className="toolbar">
        <button type="button" onClick={() => void start(engine)} disabled={running}>
          Run the pipeline
        </button>
        <button type="button" onClick={() => cancel(engine)} disabled={!running}>
          Stop
        </button>
      </div>
      <p role="status" aria-live="polite" className="status">
        {STATUS_TEXT[status]}
        {error ? ` ${error}` : ''}
      </p>
      {summary && (
        <p>
          Backend: <strong>{summary.backend}</strong> — {summary.backendReason}
        </p>
      )}
      {summary && <StageTable stages={summary.stages} />}
      {epochs.length > 0 && <EpochTable epochs={epochs} />}
    </main>
  );
}
