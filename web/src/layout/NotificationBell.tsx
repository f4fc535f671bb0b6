// The bell in the slim header: how many things await the person, linking to the notifications page.
import { Icon } from "design-react-kit";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { links } from "../app/routes";
import { useNotifications } from "../pages/accounts/accounts-api";
import "../pages/workflow/workflow.css";

export function NotificationBell() {
  const { t } = useTranslation();
  const inbox = useNotifications();
  const count = inbox.data?.length ?? 0;
  return (
    <Link to={links.notifications()} className="wf-bell" data-testid="notification-bell" aria-label={t("notifications.bellCount", { count })}>
      <Icon icon="it-mail" aria-hidden="true" className="icon" />
      <span className="d-none d-md-inline" aria-hidden="true">
        {t("notifications.bell")}
      </span>
      <span className="wf-bell-count" aria-hidden="true" data-testid="notification-count">
        {count}
      </span>
    </Link>
  );
}
