// "Bilancio" (ANPAL Servizi, seed 002): the budget tables as the decrees write them — lines, subtotals and totals,
// the rescheduled amounts in their own columns (DD n. 549 del 20.12.2019) — with the rows that do not add up to
// their total, and one sheet per spending programme with its dates and activities. Text from the document is shown
// as text, never as HTML.
import { useTranslation } from "react-i18next";
import type { BudgetLine, BudgetTable, PlanBundle, SpendingProgramme } from "@domain/model";
import { useEvaluation } from "../../api/hooks";
import { ScrollRegion } from "../../components/ScrollRegion";
import { formatOptionalDate } from "../../format/figures";
import { choosePeriod } from "../../model/plan-lookup";
import { formatEuro } from "./figures";

export function BudgetSection({ bundle }: { bundle: PlanBundle }) {
  const { t } = useTranslation();
  // the totals check is the evaluation's (table-total-mismatch), for whichever period: it does not depend on it
  const period = choosePeriod(bundle, null);
  const evaluation = useEvaluation(bundle.plan.id, period?.id ?? null);
  const mismatches = (evaluation.data?.findings ?? []).filter((f) => f.code === "table-total-mismatch");
  const tables = [...bundle.budgetTables].sort((a, b) => a.position - b.position);
  const programmes = [...bundle.spendingProgrammes].sort((a, b) => a.position - b.position);
  return (
    <>
      {tables.length > 0 && (
        <nav aria-label={t("evaluation.budget.contents")} className="mb-3">
          <ul className="list-inline mb-0 small">
            {tables.map((table) => (
              <li className="list-inline-item" key={table.id}>
                <a href={`#budget-${table.id}`}>{table.act ?? table.title}</a>
              </li>
            ))}
            {programmes.length > 0 && (
              <li className="list-inline-item">
                <a href="#spending-programmes">{t("evaluation.budget.programmesTitle", { count: programmes.length })}</a>
              </li>
            )}
          </ul>
        </nav>
      )}
      {tables.map((table) => (
        <BudgetTableCard
          key={table.id}
          table={table}
          lines={bundle.budgetLines.filter((l) => l.tableId === table.id).sort((a, b) => a.position - b.position)}
          problems={mismatches.filter((f) => f.itemId === table.id).map((f) => f.message)}
        />
      ))}
      {programmes.length > 0 && (
        <section aria-labelledby="spending-programmes" className="mt-4">
          <h2 id="spending-programmes" className="h4">
            {t("evaluation.budget.programmesTitle", { count: programmes.length })}
          </h2>
          <div className="row g-3">
            {programmes.map((p) => (
              <div className="col-xl-6" key={p.id}>
                <ProgrammeSheet programme={p} />
              </div>
            ))}
          </div>
        </section>
      )}
    </>
  );
}

function BudgetTableCard({ table, lines, problems }: { table: BudgetTable; lines: BudgetLine[]; problems: string[] }) {
  const { t } = useTranslation();
  const has = (key: "section" | "axis" | "investmentPriority" | "lineCode" | "fundingSource") => lines.some((l) => l[key]);
  const textColumns = (["section", "lineCode", "axis", "investmentPriority", "fundingSource"] as const).filter(has);
  return (
    <section className="card shadow-sm mb-4" aria-labelledby={`budget-${table.id}`} data-testid={`budget-${table.code}`}>
      <div className="card-body">
        <h2 id={`budget-${table.id}`} className="h5" tabIndex={-1}>
          {table.title}
        </h2>
        {table.act && <p className="small text-muted mb-2">{t("evaluation.budget.act", { act: table.act })}</p>}
        {problems.length > 0 && (
          <div className="alert alert-warning small py-2" role="note">
            <p className="fw-semibold mb-1">{t("evaluation.budget.mismatch")}</p>
            <ul className="mb-0">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        <ScrollRegion label={table.title}>
          <table className="table table-sm data-table budget-table">
            <caption className="visually-hidden">{table.title}</caption>
            <thead>
              <tr>
                {textColumns.map((c) => (
                  <th scope="col" key={c}>
                    {t(`evaluation.budget.columns.${c}`)}
                  </th>
                ))}
                <th scope="col">{t("evaluation.budget.columns.description")}</th>
                {table.columns.map((c) => (
                  <th scope="col" className="num budget-amount-head" key={c}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => (
                <tr key={line.id} className={line.rowKind === "line" ? undefined : `budget-${line.rowKind}`}>
                  {textColumns.map((c) => (
                    <td key={c} className="small">
                      {line[c] ?? ""}
                    </td>
                  ))}
                  <th scope="row" className={line.rowKind === "line" ? "fw-normal" : undefined}>
                    {line.description ?? (line.rowKind === "total" ? t("evaluation.budget.total") : line.rowKind === "subtotal" ? t("evaluation.budget.subtotal") : "")}
                  </th>
                  {table.columns.map((c, i) => (
                    <td className="num" key={c}>
                      {formatEuro(line.amounts[i] ?? null)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </div>
    </section>
  );
}

function ProgrammeSheet({ programme }: { programme: SpendingProgramme }) {
  const { t } = useTranslation();
  return (
    <article className="card shadow-sm h-100 programme-sheet" aria-labelledby={`programme-${programme.id}`} data-testid="programme-sheet">
      <div className="card-body">
        {programme.group && <p className="small text-muted mb-1">{programme.group}</p>}
        <h3 id={`programme-${programme.id}`} className="h6">
          {programme.title}
        </h3>
        <dl className="row small mb-2">
          {programme.mission && (
            <>
              <dt className="col-sm-4">{t("evaluation.budget.mission")}</dt>
              <dd className="col-sm-8">{programme.mission}</dd>
            </>
          )}
          {programme.programme && (
            <>
              <dt className="col-sm-4">{t("evaluation.budget.programme")}</dt>
              <dd className="col-sm-8">{programme.programme}</dd>
            </>
          )}
          <dt className="col-sm-4">{t("evaluation.budget.dates")}</dt>
          <dd className="col-sm-8">
            {t("evaluation.budget.fromTo", { from: formatOptionalDate(programme.startDate), to: formatOptionalDate(programme.endDate) })}
            {programme.endDateNote && <span className="text-muted"> ({programme.endDateNote})</span>}
          </dd>
        </dl>
        {programme.purpose && (
          <details className="mb-1">
            <summary>{t("evaluation.budget.purpose")}</summary>
            <p className="small mt-2 mb-0 preserve-lines">{programme.purpose}</p>
          </details>
        )}
        {programme.activities && (
          <details>
            <summary>{t("evaluation.budget.activities")}</summary>
            <p className="small mt-2 mb-0 preserve-lines">{programme.activities}</p>
          </details>
        )}
      </div>
    </article>
  );
}
