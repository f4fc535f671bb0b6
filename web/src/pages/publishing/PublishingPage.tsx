// Placeholder, being built.
import { useTranslation } from "react-i18next";
import { PageHeading } from "../../layout/PageHeading";

export function PublishingPage() {
  const { t } = useTranslation();
  return <PageHeading title={t("publishing.title")} crumbs={[]} />;
}
