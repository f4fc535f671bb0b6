// Bootstrap Italia header: slim bar (parent body, language), centre (organisation and product), navigation bar.
import { useState } from "react";
import { Collapse, Header, HeaderContent, HeaderToggler, Icon } from "design-react-kit";
import { useTranslation } from "react-i18next";
import { Link, NavLink } from "react-router-dom";
import type { PlanBundle } from "@domain/model";
import type { Account } from "../api/session";
import { links } from "../app/routes";
import { LanguageSwitch } from "./LanguageSwitch";
import { navItemsFor } from "./nav-items";
import { NotificationBell } from "./NotificationBell";
import { UserMenu } from "./UserMenu";

interface SiteHeaderProps {
  bundle: PlanBundle | null;
  planId: string | undefined;
  /** null while nobody is signed in: no navigation to show. */
  account: Account | null;
}

/** The body the organisation belongs to ("Regione Toscana" for ARTI), when the plan names it. */
function parentName(bundle: PlanBundle | null): string | null {
  if (!bundle?.organisation.parentId) return null;
  const parent = bundle.relatedOrganisations.find((o) => o.id === bundle.organisation.parentId);
  return parent?.name ?? null;
}

export function SiteHeader({ bundle, planId, account }: SiteHeaderProps) {
  const { t } = useTranslation();
  const [menuOpen, setMenuOpen] = useState(false);
  const organisation = bundle?.organisation.name ?? t("layout.productName");
  const tagline = bundle ? `${bundle.plan.title} · ${t("layout.productName")}` : t("layout.tagline");
  const close = () => setMenuOpen(false);
  // by role: nobody is offered a screen the server would refuse
  const navItems = account ? navItemsFor(account, planId).map((item) => ({ ...item, label: t(item.label) })) : [];

  return (
    <header className="it-header-wrapper">
      <div className="it-header-slim-wrapper">
        <div className="container-xxl">
          <div className="row">
            <div className="col-12">
              <div className="it-header-slim-wrapper-content">
                <span className="navbar-brand d-lg-block">{parentName(bundle) ?? t("layout.slimTitle")}</span>
                <div className="it-header-slim-right-zone">
                  {account && <NotificationBell />}
                  {account && <UserMenu account={account} />}
                  <LanguageSwitch />
                </div>
              </div>
            </div>
          </div>
        </div>
      </div>
      <div className="it-nav-wrapper">
        <div className="it-header-center-wrapper">
          <div className="container-xxl">
            <div className="row">
              <div className="col-12">
                <div className="it-header-center-content-wrapper">
                  <div className="it-brand-wrapper">
                    <Link to={planId ? links.planTree(planId) : links.plans()}>
                      <Icon icon="it-pa" aria-hidden="true" className="icon" />
                      <div className="it-brand-text">
                        <div className="it-brand-title" data-testid="organisation-name">
                          {organisation}
                        </div>
                        <div className="it-brand-tagline d-none d-md-block">{tagline}</div>
                      </div>
                    </Link>
                  </div>
                  <div className="it-right-zone d-none d-lg-flex">
                    <span className="text-white small">{t("layout.cycle")}</span>
                  </div>
                </div>
              </div>
            </div>
          </div>
        </div>
        {account && (
        <Header type="navbar" theme="">
          <HeaderContent expand="lg">
            <HeaderToggler
              aria-controls="main-navigation"
              aria-label={t("layout.toggleMenu")}
              onClick={() => setMenuOpen(!menuOpen)}
              isOpen={menuOpen}
            >
              <Icon icon="it-burger" aria-hidden="true" />
            </HeaderToggler>
            <Collapse isOpen={menuOpen} navbar header onOverlayClick={close} closeSrText={t("layout.closeMenu")} id="main-navigation">
              <div className="menu-wrapper">
                <nav aria-label={t("layout.mainNavigation")}>
                  <ul className="navbar-nav">
                    {navItems.map((item) => (
                      <li className="nav-item" key={item.to}>
                        <NavLink to={item.to} end={item.end} className={({ isActive }) => `nav-link${isActive ? " active" : ""}`} onClick={close}>
                          <span>{item.label}</span>
                        </NavLink>
                      </li>
                    ))}
                  </ul>
                </nav>
              </div>
            </Collapse>
          </HeaderContent>
        </Header>
        )}
      </div>
    </header>
  );
}
