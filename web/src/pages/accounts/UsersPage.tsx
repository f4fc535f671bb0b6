// Placeholder, being built.
import { useTranslation } from "react-i18next";
import { PageHeading } from "../../layout/PageHeading";

export function UsersPage() {
  const { t } = useTranslation();
  return <PageHeading title={t("workflow.title")} crumbs={[]} />;
}
