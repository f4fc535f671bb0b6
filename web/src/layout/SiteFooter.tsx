import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { PlanBundle } from "@domain/model";
import { links } from "../app/routes";

export function SiteFooter({ bundle }: { bundle: PlanBundle | null }) {
  const { t } = useTranslation();
  return (
    <footer className="it-footer">
      <div className="it-footer-main">
        <div className="container-xxl">
          <div className="row py-4">
            <div className="col-md-6">
              <p className="h5 text-white mb-1">{bundle?.organisation.name ?? t("layout.productName")}</p>
              <p className="mb-0 small">{t("layout.footerAbout")}</p>
            </div>
            <div className="col-md-6">
              <ul className="list-unstyled footer-links mb-0">
                <li>
                  <Link to={links.accessibility()}>{t("nav.accessibility")}</Link>
                </li>
                <li>
                  <a href="/api/docs">{t("nav.apiDocs")}</a>
                </li>
              </ul>
            </div>
          </div>
        </div>
      </div>
      <div className="it-footer-small-prints clearfix">
        <div className="container-xxl">
          <p className="small mb-0 py-3">{t("layout.licence")}</p>
        </div>
      </div>
    </footer>
  );
}
