/**
 * "Download model package": the chosen variant's model.json, weights file and metadata JSON, built in the worker,
 * saved as three files or as one zip (a browser may stop a page saving several files in a row).
 */
import { useId, useState } from 'react';
import type { PackageDtype, PackageFiles } from '../../ml/package-files';
import { useLabStore } from '../../store/lab-store';
import { DEPLOY_TEXT, DTYPE_LABELS } from './content';
import { fmtBytes } from './format';
import { saveFile } from '../../components/save-file';
import type { VariantView } from './variant-rows';
import { zipPackage, type ZipFile } from './zip-package';

type State =
  { status: 'idle' | 'working' | 'error'; error?: string } | { status: 'done'; files: PackageFiles; zip: ZipFile | null };

const sizeOf = (f: PackageFiles): [string, number][] => [
  [f.modelJson.name, new TextEncoder().encode(f.modelJson.text).length],
  [f.weights.name, f.weights.data.byteLength],
  [f.metadata.name, new TextEncoder().encode(f.metadata.text).length],
];

export function DownloadPackage({
  rows,
  recommended,
  backend,
}: {
  rows: readonly VariantView[];
  recommended: string;
  backend: string;
}) {
  const packageFiles = useLabStore((s) => s.packageFiles);
  const config = useLabStore((s) => s.config);
  const [choice, setChoice] = useState<string | null>(null);
  const [state, setState] = useState<State>({ status: 'idle' });
  const id = useId();
  const dtype = (choice ?? recommended) as PackageDtype;
  const download = async (asZip: boolean) => {
    setState({ status: 'working' });
    const row = rows.find((r) => r.dtype === dtype);
    const latency = row?.latency
      ? { backend, p50Ms: row.latency.p50Ms, p95Ms: row.latency.p95Ms, budgetMs: config.latencyBudgetMs }
      : null;
    try {
      const files = await packageFiles(dtype, latency);
      if (asZip) {
        const zip = await zipPackage(files);
        saveFile(zip.name, zip.data, 'application/zip');
        setState({ status: 'done', files, zip });
        return;
      }
      saveFile(files.modelJson.name, files.modelJson.text, 'application/json');
      saveFile(files.weights.name, files.weights.data, 'application/octet-stream');
      saveFile(files.metadata.name, files.metadata.text, 'application/json');
      setState({ status: 'done', files, zip: null });
    } catch (e) {
      setState({ status: 'error', error: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <section aria-labelledby="deploy-download">
      <h3 id="deploy-download">{DEPLOY_TEXT.downloadHeading}</h3>
      <p>{DEPLOY_TEXT.downloadLead}</p>
      <div className="deploy-actions">
        <div className="knob">
          <label htmlFor={id}>Weights stored as</label>
          <select id={id} value={dtype} onChange={(e) => setChoice(e.target.value)}>
            {rows.map((r) => (
              <option key={r.dtype} value={r.dtype}>
                {DTYPE_LABELS[r.dtype] ?? r.dtype}
                {r.dtype === recommended ? ' — recommended' : ''}
              </option>
            ))}
          </select>
        </div>
        <button type="button" onClick={() => void download(false)} disabled={state.status === 'working'}>
          {DEPLOY_TEXT.download}
        </button>
        <button type="button" onClick={() => void download(true)} disabled={state.status === 'working'}>
          {DEPLOY_TEXT.downloadZip}
        </button>
        <p role="status" aria-live="polite" className="deploy-status">
          {state.status === 'working'
            ? 'Building the package in the worker…'
            : state.status === 'done'
              ? state.zip
                ? `Saved the ${state.files.dtype} package as one file, ${state.zip.name} (${fmtBytes(state.zip.data.byteLength)}), holding:`
                : `Saved the ${state.files.dtype} package: three files.`
              : ''}
        </p>
      </div>
      {state.status === 'error' && <p role="alert">The package could not be built: {state.error}</p>}
      {state.status === 'done' && (
        <>
          <ul aria-label={state.zip ? `Files in ${state.zip.name}` : 'Files saved'}>
            {sizeOf(state.files).map(([name, bytes]) => (
              <li key={name}>
                <code>{name}</code> — {fmtBytes(bytes)}
              </li>
            ))}
          </ul>
          <p className="muted">
            Load it with <code>tf.loadLayersModel(&apos;{state.files.modelJson.name}&apos;)</code> from the folder that holds all
            three files.
          </p>
          <details>
            <summary>Show {state.files.metadata.name}</summary>
            <div className="deploy-json" role="region" tabIndex={0} aria-label={`Contents of ${state.files.metadata.name}`}>
              <pre>{state.files.metadata.text}</pre>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
