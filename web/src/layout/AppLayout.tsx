// The frame of every page: skip links, Bootstrap Italia header with the organisation's name, main content, footer.
import { useEffect, useRef } from "react";
import { Outlet, useLocation, useMatch } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { usePlan } from "../api/hooks";
import { useSession } from "../api/session";
import { ROUTES } from "../app/routes";
import { Loading, PageError } from "../components/QueryState";
import { ChangePasswordPage } from "../pages/ChangePasswordPage";
import { SignInPage } from "../pages/SignInPage";
import { SiteFooter } from "./SiteFooter";
import { SiteHeader } from "./SiteHeader";

/** The plan the current address is about (every /piani/:planId/… page), so the header can name its organisation. */
function useCurrentPlanId(): string | undefined {
  const exact = useMatch(ROUTES.planTree);
  const nested = useMatch(`${ROUTES.planTree}/*`);
  return exact?.params.planId ?? nested?.params.planId;
}

export function AppLayout() {
  const { t } = useTranslation();
  const session = useSession();
  // the accessibility statement is for everybody, signed in or not
  const isPublicPage = useMatch(ROUTES.accessibility) !== null;
  const signedIn = Boolean(session.data) && !session.data?.account.mustChangePassword;
  const planId = useCurrentPlanId();
  const { pathname } = useLocation();
  const firstRender = useRef(true);
  // a new page moves the focus to its content, as a page load would (screen readers then read the new page)
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.getElementById("main-content")?.focus({ preventScroll: false });
  }, [pathname]);
  const plan = usePlan(signedIn ? planId : undefined);
  const bundle = plan.data ?? null;
  // nobody signed in: the sign-in form takes the page's place, the address stays (deep links survive)
  const content = isPublicPage ? (
    <Outlet />
  ) : session.isPending ? (
    <Loading />
  ) : session.isError ? (
    <PageError error={session.error} />
  ) : !session.data ? (
    <SignInPage />
  ) : session.data.account.mustChangePassword ? (
    <ChangePasswordPage />
  ) : (
    <Outlet />
  );
  return (
    <>
      <ul className="skiplinks list-unstyled mb-0">
        <li>
          <a className="visually-hidden-focusable" href="#main-content">
            {t("layout.skipToContent")}
          </a>
        </li>
        <li>
          <a className="visually-hidden-focusable" href="#main-navigation">
            {t("layout.skipToNavigation")}
          </a>
        </li>
      </ul>
      <SiteHeader bundle={bundle} planId={signedIn ? planId : undefined} account={signedIn ? session.data!.account : null} />
      <main id="main-content" tabIndex={-1} className="app-main">
        {content}
      </main>
      <SiteFooter bundle={bundle} />
    </>
  );
}
