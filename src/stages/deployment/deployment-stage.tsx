/** Stage 6 — Deployment Preparation: compression, latency and the race, skew, the package download and the checklist. */
import { useMemo } from 'react';
import { StageCard } from '../../components/stage-card';
import { chooseServingVariant, evaluateReadiness } from '../../pipeline/readiness';
import { useLabStore } from '../../store/lab-store';
import { ServingStatus } from '../shared/serving-status';
import { DEPLOY_TEXT } from './content';
import { DownloadPackage } from './download-package';
import { LatencySection } from './latency-section';
import { ReadinessChecklist } from './readiness-checklist';
import { readinessFacts } from './readiness-facts';
import { SizeChart } from './size-chart';
import { SkewDemo } from './skew-demo';
import { variantRows } from './variant-rows';
import { VariantsTable } from './variants-table';
import './deployment.css';

export function DeploymentStage() {
  const ready = useLabStore((s) => s.trainStatus === 'done' && s.servingStatus === 'done');
  const checkRun = useLabStore((s) => s.monitor.checkRun);
  const report = useLabStore((s) => s.deployment.report);
  const repro = useLabStore((s) => s.deployment.repro.value);
  const monitor = useLabStore((s) => s.monitor);
  const budgetMs = useLabStore((s) => s.config.latencyBudgetMs);
  const alertThreshold = useLabStore((s) => s.config.alertThreshold);
  const rows = useMemo(() => variantRows(report.value), [report.value]);
  const measured = rows.length > 0 && rows.every((r) => r.latency && r.accuracy !== null);
  const recommended = measured
    ? chooseServingVariant(
        rows.map((r) => ({
          dtype: r.dtype,
          totalBytes: r.totalBytes,
          accuracy: r.accuracy ?? NaN,
          p95Ms: r.latency?.p95Ms ?? NaN,
        })),
        budgetMs,
      ).dtype
    : null;
  const items = useMemo(
    () =>
      evaluateReadiness(
        readinessFacts({
          report: report.value,
          repro,
          recommended: recommended ?? 'float32',
          budgetMs,
          alertThreshold,
          monitor,
          checkRun,
        }),
      ),
    [report.value, repro, recommended, budgetMs, alertThreshold, monitor, checkRun],
  );
  return (
    <div className="stage-body deployment-stage">
      <StageCard id="deployment" />
      <p>{DEPLOY_TEXT.lead}</p>
      <ServingStatus />
      {ready && rows.length > 0 && (
        <>
          <section aria-labelledby="deploy-variants">
            <h3 id="deploy-variants">{DEPLOY_TEXT.variantsHeading}</h3>
            <p>{DEPLOY_TEXT.variantsLead}</p>
            <p role="status" aria-live="polite" className="deploy-status">
              {report.status === 'running' ? DEPLOY_TEXT.measuring : ''}
            </p>
            {report.error && <p role="alert">Measuring the variants failed: {report.error}</p>}
            <VariantsTable rows={rows} budgetMs={budgetMs} recommended={recommended} />
            <div className="chart-grid two">
              <SizeChart rows={rows} />
              <div>
                <p>{DEPLOY_TEXT.topology}</p>
                {measured && <p>{DEPLOY_TEXT.sameSpeed}</p>}
              </div>
            </div>
          </section>
          <LatencySection latency={report.value?.variants[0].latency ?? null} backend={report.value?.backend ?? '…'} />
          <SkewDemo />
          {recommended && report.value && (
            <DownloadPackage rows={rows} recommended={recommended} backend={report.value.backend} />
          )}
          <ReadinessChecklist items={items} />
        </>
      )}
      <p className="muted">{DEPLOY_TEXT.whyItMatters}</p>
    </div>
  );
}
