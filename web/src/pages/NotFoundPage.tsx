import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { links } from "../app/routes";
import { PageHeading } from "../layout/PageHeading";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t("notFound.title")} crumbs={[{ label: t("nav.home"), to: links.plans() }, { label: t("notFound.title") }]} />
      <div className="container-xxl pb-5">
        <p>{t("notFound.text")}</p>
        <Link to={links.plans()} className="btn btn-primary">
          {t("notFound.back")}
        </Link>
      </div>
    </>
  );
}
