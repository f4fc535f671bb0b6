// The accessibility statement the Legge Stanca asks of staff tools too (STACK.md): what is done, how to report a problem.
import { useTranslation } from "react-i18next";
import { links } from "../app/routes";
import { PageHeading } from "../layout/PageHeading";

export function AccessibilityPage() {
  const { t } = useTranslation();
  const items = t("accessibility.measures", { returnObjects: true }) as string[];
  return (
    <>
      <PageHeading title={t("accessibility.title")} crumbs={[{ label: t("nav.home"), to: links.plans() }, { label: t("accessibility.title") }]} />
      <div className="container-xxl pb-5">
        <div className="row">
          <div className="col-lg-8">
            <p className="lead">{t("accessibility.intro")}</p>
            <h2 className="h4">{t("accessibility.measuresTitle")}</h2>
            <ul>
              {items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
            <h2 className="h4">{t("accessibility.feedbackTitle")}</h2>
            <p>{t("accessibility.feedback")}</p>
          </div>
        </div>
      </div>
    </>
  );
}
