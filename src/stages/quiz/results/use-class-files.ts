/** The class summary's files: read as they are picked or dropped (never uploaded), each to rows or a problem. */
import { useCallback, useMemo, useState } from 'react';
import { FILE_PROBLEMS } from '../../../content/kit';
import { summarise, type ClassSummary } from './class-summary-logic';
import { MAX_FILE_BYTES, readResults, type ReadOutcome } from './read-results';

export interface ReadFile {
  readonly name: string;
  readonly outcome: ReadOutcome;
}

/** Reads one file; a file too large is refused before its bytes are read. Never throws. */
export async function readFile(file: Pick<File, 'name' | 'size' | 'text'>): Promise<ReadFile> {
  if (file.size > MAX_FILE_BYTES)
    return { name: file.name, outcome: { ok: false, problem: FILE_PROBLEMS.tooLarge(file.name, MAX_FILE_BYTES) } };
  try {
    return { name: file.name, outcome: readResults(file.name, await file.text()) };
  } catch {
    return { name: file.name, outcome: { ok: false, problem: FILE_PROBLEMS.unreadable(file.name) } };
  }
}

export function useClassFiles() {
  const [files, setFiles] = useState<readonly ReadFile[]>([]);
  const [reading, setReading] = useState(false);
  const add = useCallback(async (list: Iterable<File>) => {
    setReading(true);
    const read = await Promise.all([...list].map(readFile));
    setFiles((had) => [...had, ...read]);
    setReading(false);
  }, []);
  const clear = useCallback(() => setFiles([]), []);
  const summary: ClassSummary = useMemo(() => summarise(files.flatMap((f) => (f.outcome.ok ? [f.outcome.rows] : []))), [files]);
  const problems = files.flatMap((f) => (f.outcome.ok ? [] : [f.outcome.problem]));
  return { files, reading, add, clear, summary, problems };
}
