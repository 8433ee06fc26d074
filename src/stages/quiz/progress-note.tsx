/** Whether answers are being saved, and an offer to restore progress that was set aside. */
import { QUIZ_TEXT } from '../../content/modes';
import { useLabStore } from '../../store/lab-store';

const STATUS_TEXT = {
  saving: QUIZ_TEXT.saved,
  retrying: QUIZ_TEXT.retrying,
  'read-only': QUIZ_TEXT.readOnly,
  memory: QUIZ_TEXT.notSaved,
} as const;

export function ProgressNote() {
  const status = useLabStore((s) => s.progressStatus);
  const backups = useLabStore((s) => s.progressBackups);
  const restoreBackup = useLabStore((s) => s.restoreBackup);
  if (status === 'unloaded') return null;
  const newest = backups[0];
  return (
    <>
      <p className="muted">{STATUS_TEXT[status]}</p>
      {newest && (status === 'saving' || status === 'retrying') && (
        <p className="notice">
          {QUIZ_TEXT.backupFound(
            new Date(newest.time).toLocaleString(),
            Object.keys(newest.progress.answers).length + Object.keys(newest.progress.checkpoints).length,
          )}{' '}
          <button type="button" className="secondary" onClick={() => restoreBackup(newest.key)}>
            {QUIZ_TEXT.restore}
          </button>
        </p>
      )}
    </>
  );
}
