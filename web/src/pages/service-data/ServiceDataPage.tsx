// Placeholder, being built.
import { useTranslation } from "react-i18next";
import { PageHeading } from "../../layout/PageHeading";

export function ServiceDataPage() {
  const { t } = useTranslation();
  return <PageHeading title={t("serviceData.title")} crumbs={[]} />;
}
