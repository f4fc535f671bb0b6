// "> 7.920 → più di 7.920": how the evaluation will read a target, under the field and in the targets table.
import { useTranslation } from "react-i18next";
import type { ParsedTarget } from "@domain/target";
import { readParsedTarget } from "./target-reading";

export function TargetReadingLine({ parsed, compact = false, testId }: { parsed: ParsedTarget; compact?: boolean; testId?: string }) {
  const { t } = useTranslation();
  const reading = readParsedTarget(parsed);
  const values = { ...reading.values, comparison: reading.values.comparison ? t(`editor.reading.comparison.${reading.values.comparison}`) : "" };
  const text = t(reading.key, values);
  if (compact) return <span className={reading.measurable ? undefined : "text-warning-emphasis"}>{text}</span>;
  return (
    <div className={`target-reading small mt-1 ${reading.measurable ? "text-success-emphasis" : "text-warning-emphasis"}`} aria-live="polite" data-testid={testId}>
      <span className="fw-semibold">{t("editor.targets.readAs")}</span> {text}
    </div>
  );
}
