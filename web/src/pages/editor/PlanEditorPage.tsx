// Placeholder, being built.
import { useTranslation } from "react-i18next";
import { PageHeading } from "../../layout/PageHeading";

export function PlanEditorPage() {
  const { t } = useTranslation();
  return <PageHeading title={t("editor.title")} crumbs={[]} />;
}
