// What awaits the signed-in person, grouped by kind: values to enter before a cut-off (heads), submissions to
// validate (office), values sent back (heads), each with the link to the screen where it is done.
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { links } from "../../app/routes";
import { ErrorMessage, Loading } from "../../components/QueryState";
import { formatDate } from "../../format/figures";
import { PageHeading } from "../../layout/PageHeading";
import { useNotifications, type InboxItem, type InboxKind } from "./accounts-api";
import "../workflow/workflow.css";

const KINDS: InboxKind[] = ["submission-to-validate", "values-returned", "values-to-enter"];

export function NotificationsPage() {
  const { t } = useTranslation();
  const inbox = useNotifications();
  return (
    <>
      <PageHeading title={t("notifications.title")} crumbs={[{ label: t("nav.home"), to: links.plans() }, { label: t("notifications.title") }]} />
      <div className="container-xxl pb-5">
        <p className="text-muted">{t("notifications.intro")}</p>
        {inbox.isPending ? (
          <Loading />
        ) : inbox.isError ? (
          <ErrorMessage error={inbox.error} />
        ) : inbox.data.length === 0 ? (
          <div className="alert alert-info" role="status">
            {t("notifications.none")}
          </div>
        ) : (
          KINDS.map((kind) => {
            const items = inbox.data.filter((i) => i.kind === kind);
            if (items.length === 0) return null;
            return (
              <section key={kind} className="mb-4" aria-labelledby={`kind-${kind}`} data-testid={`notifications-${kind}`}>
                <h2 className="h5" id={`kind-${kind}`}>
                  {t(`notifications.kinds.${kind}`)} ({items.length})
                </h2>
                <ul className="list-unstyled mb-0">
                  {items.map((item) => (
                    <Notice key={`${item.planId}|${item.periodId}|${item.structureId}|${item.kind}`} item={item} />
                  ))}
                </ul>
              </section>
            );
          })
        )}
      </div>
    </>
  );
}

function Notice({ item }: { item: InboxItem }) {
  const { t } = useTranslation();
  const days = item.daysToCutoff;
  const when = days > 0 ? t("notifications.dueIn", { count: days }) : days === 0 ? t("notifications.dueToday") : t("notifications.overdue", { count: -days });
  const toApproval = item.kind === "submission-to-validate";
  return (
    <li className={`wf-notice kind-${item.kind}`}>
      <p className="fw-semibold mb-1">{item.message}</p>
      <p className="small text-muted mb-2">
        {item.planTitle} · {item.periodLabel} · {t("notifications.due", { date: formatDate(item.cutoffDate) })} ({when})
      </p>
      <Link
        className="btn btn-outline-primary btn-sm"
        to={
          toApproval
            ? links.workflow(item.planId, item.periodId)
            : `${links.monitoring(item.planId, item.periodId)}${item.structureId !== "_piano" ? `&struttura=${encodeURIComponent(item.structureId)}` : ""}`
        }
      >
        {toApproval ? t("notifications.openApproval") : t("notifications.openMonitoring")}
        <span className="visually-hidden">: {item.structureName}</span>
      </Link>
    </li>
  );
}
