// Placeholder, being built.
import { useTranslation } from "react-i18next";
import { PageHeading } from "../../layout/PageHeading";

export function EvaluationPage() {
  const { t } = useTranslation();
  return <PageHeading title={t("evaluation.title")} crumbs={[]} />;
}
