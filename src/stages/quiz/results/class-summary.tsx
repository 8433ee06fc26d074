/**
 * The instructor's class summary: pick or drop the learners' results files (CSV
 * or JSON, mixed); it counts the learners and lists, per question, the share who
 * missed it, most missed first, as a table whose bars repeat the text beside them.
 * Files are read in this browser, never uploaded; a bad file is skipped with a message.
 */
import { useId, useState, type DragEvent } from 'react';
import { DataTable } from '../../../components/data-table';
import { CLASS_TEXT } from '../../../content/kit';
import { useClassFiles } from './use-class-files';
import './class-summary.css';

/** Only the share column carries a class (its bar's layout). */
const SHARE_CELL = [undefined, 'share-cell'];

export function ClassSummary() {
  const { files, reading, add, clear, summary, problems } = useClassFiles();
  const [over, setOver] = useState(false);
  const inputId = useId();
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    if (e.dataTransfer.files.length > 0) void add(Array.from(e.dataTransfer.files));
  };
  return (
    <div className="class-summary">
      <p>{CLASS_TEXT.lead}</p>
      <div
        className={over ? 'drop-zone over' : 'drop-zone'}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <label htmlFor={inputId}>{CLASS_TEXT.pick}</label>
        <input
          id={inputId}
          type="file"
          multiple
          accept=".csv,.json,text/csv,application/json"
          onChange={(e) => {
            const list = e.currentTarget.files;
            if (list && list.length > 0) void add(Array.from(list));
            e.currentTarget.value = '';
          }}
        />
        <span className="muted">{CLASS_TEXT.drop}</span>
      </div>
      <p role="status" aria-live="polite">
        {reading
          ? CLASS_TEXT.reading
          : files.length === 0
            ? CLASS_TEXT.empty
            : `${CLASS_TEXT.learners(summary.learners)}${summary.duplicates > 0 ? ` ${CLASS_TEXT.duplicates(summary.duplicates)}` : ''}`}
      </p>
      {problems.length > 0 && (
        <section aria-label={CLASS_TEXT.skipped} className="notice">
          <h4>{CLASS_TEXT.skipped}</h4>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </section>
      )}
      {summary.questions.length > 0 && (
        <DataTable
          className="compact class-table"
          caption={CLASS_TEXT.caption}
          columns={[CLASS_TEXT.colQuestion, CLASS_TEXT.colMissed, CLASS_TEXT.colShare]}
          rows={summary.questions.map((q) => ({
            key: q.id,
            header: q.question,
            cells: [
              CLASS_TEXT.missedCell(q.missed, q.answered),
              <>
                {/* The bar repeats the number beside it: screen readers read the number. */}
                <span className="miss-bar" aria-hidden="true">
                  <span style={{ width: `${q.share * 100}%` }} />
                </span>
                {CLASS_TEXT.share(q.share)}
              </>,
            ],
            cellClass: SHARE_CELL,
          }))}
        />
      )}
      {files.length > 0 && (
        <button type="button" className="secondary" onClick={clear}>
          {CLASS_TEXT.clear}
        </button>
      )}
    </div>
  );
}
