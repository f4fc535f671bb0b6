// The publish action: a first button opens a confirmation that says what will be frozen (plan, period, how many
// objectives and indicators, the score), because a publication can be neither changed nor withdrawn.
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { MonitoringPeriod, PlanBundle } from "@domain/model";
import { useEvaluation } from "../../api/hooks";
import { ErrorMessage } from "../../components/QueryState";
import { formatPercent } from "../../format/figures";
import { usePublish } from "./publishing-api";

interface PublishPanelProps {
  bundle: PlanBundle;
  period: MonitoringPeriod | null;
  allowed: boolean;
}

export function PublishPanel({ bundle, period, allowed }: PublishPanelProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const publish = usePublish(bundle.plan.id);
  const published = publish.data;
  return (
    <section className="pub-section pub-publish" aria-labelledby="pub-publish-title">
      <h2 id="pub-publish-title" className="h4">
        {t("publishing.publish.title")}
      </h2>
      <p>{t("publishing.publish.description")}</p>
      {!allowed ? (
        <p className="text-muted mb-0">{t("publishing.publish.notAllowed")}</p>
      ) : asking ? (
        <ConfirmPublish
          bundle={bundle}
          period={period}
          busy={publish.isPending}
          error={publish.error}
          onCancel={() => setAsking(false)}
          onConfirm={() => publish.mutate(period?.id ?? null, { onSuccess: () => setAsking(false) })}
        />
      ) : (
        <button type="button" className="btn btn-primary" onClick={() => setAsking(true)} data-testid="publish">
          {t("publishing.publish.action")}
        </button>
      )}
      {published && !asking ? (
        <div className="alert alert-success mt-3" role="status" data-testid="published">
          <p className="mb-1">{t("publishing.publish.done", { title: published.title })}</p>
          <a href={published.publicUrl} target="_blank" rel="noreferrer">
            {t("publishing.publish.openPublic")}
          </a>
        </div>
      ) : null}
    </section>
  );
}

interface ConfirmPublishProps {
  bundle: PlanBundle;
  period: MonitoringPeriod | null;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}

function ConfirmPublish({ bundle, period, busy, error, onConfirm, onCancel }: ConfirmPublishProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  // the question takes the focus, so keyboard and screen-reader users meet it at once
  useEffect(() => ref.current?.focus(), []);
  const evaluation = useEvaluation(bundle.plan.id, period?.id ?? null);
  const score = evaluation.data?.plan.score;
  return (
    <div ref={ref} tabIndex={-1} role="alertdialog" aria-labelledby="pub-confirm-title" aria-describedby="pub-confirm-text" className="pub-confirm" data-testid="confirm-publish">
      <h3 id="pub-confirm-title" className="h5">
        {t("publishing.publish.confirmTitle", { plan: bundle.plan.title })}
      </h3>
      <div id="pub-confirm-text">
        <p className="fw-semibold mb-1">{period ? t("publishing.publish.confirmPeriod", { period: period.label }) : t("publishing.publish.confirmNoPeriod")}</p>
        <p className="mb-1">
          {t("publishing.publish.confirmFrozen", { objectives: bundle.objectives.length, indicators: bundle.indicators.length })}
        </p>
        {score && score.kind === "computed" ? <p className="mb-1">{t("publishing.publish.confirmScore", { score: formatPercent(score.value) })}</p> : null}
        <p className="mb-2">{t("publishing.publish.confirmPublic")}</p>
      </div>
      {error ? <ErrorMessage error={error} title={t("publishing.publish.failed")} /> : null}
      <div className="d-flex gap-2">
        <button type="button" className="btn btn-primary" onClick={onConfirm} disabled={busy} data-testid="confirm-publish-yes">
          {busy ? t("publishing.publish.publishing") : t("publishing.publish.confirm")}
        </button>
        <button type="button" className="btn btn-outline-secondary" onClick={onCancel} disabled={busy}>
          {t("common.cancel")}
        </button>
      </div>
    </div>
  );
}
