// Who is signed in (name and role) and the sign-out button, in the slim header.
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useSignOut, type Account } from "../api/session";
import { links } from "../app/routes";

export function UserMenu({ account }: { account: Account }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  return (
    <div className="user-menu d-flex align-items-center gap-2 me-3">
      <span className="user-name" data-testid="signed-in-as">
        <span className="visually-hidden">{t("session.signedInAs")} </span>
        {account.displayName}
        <span className="user-role d-none d-md-inline"> · {t(`roles.${account.role}`)}</span>
      </span>
      <Link to={links.myPerformance()} className="user-link" data-testid="my-performance-link">
        {t("accountNav.myPerformance")}
      </Link>
      <button type="button" className="lang-btn" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
        {t("session.signOut")}
      </button>
    </div>
  );
}
