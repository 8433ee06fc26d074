/** Code mode's panel (loaded on demand): the stage's TensorFlow.js and Python, filled in with this run's numbers. */
import { useMemo } from 'react';
import { CODE_TEXT, codeForStage } from '../../content/code/snippets';
import { dataIsStale } from '../../pipeline/config';
import { STAGE_NAMES, type StageId } from '../../pipeline/summary';
import { codeFactsOf } from '../../store/code-facts';
import { useLabStore } from '../../store/lab-store';
import { CodeBlock } from './code-block';
import './code.css';

export default function CodePanel({ stage }: { stage: StageId }) {
  const config = useLabStore((s) => s.config);
  const prepared = useLabStore((s) => s.preparedConfig);
  const snapshot = useLabStore((s) => s.snapshot);
  const snippets = useMemo(
    () => (snapshot && prepared ? codeForStage(stage, codeFactsOf(config, prepared, snapshot)) : null),
    [stage, config, prepared, snapshot],
  );
  const step = STAGE_NAMES[stage];
  return (
    <section className="code-panel" aria-labelledby="code-panel-title">
      <h3 id="code-panel-title">{CODE_TEXT.title}</h3>
      <p className="muted">{CODE_TEXT.lead}</p>
      {dataIsStale(config, prepared) && <p className="notice">{CODE_TEXT.stale}</p>}
      {snippets ? (
        <div className="code-pair">
          <CodeBlock language={CODE_TEXT.js} snippet={snippets.js} step={step} picture={snippets.picture} />
          <CodeBlock language={CODE_TEXT.python} snippet={snippets.python} step={step} picture={snippets.picture} />
        </div>
      ) : (
        <p className="muted">{CODE_TEXT.waiting}</p>
      )}
    </section>
  );
}
