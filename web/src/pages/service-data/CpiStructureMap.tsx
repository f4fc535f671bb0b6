// Which structure each CPI of the loaded data counts for: the organisation (the plan's own value), one of its
// structures (a value per structure), or none. One map for every bound indicator of the plan; an empty map
// means every CPI counts for the organisation, and is shown that way.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorMessage } from "../../components/QueryState";
import { describeDataset } from "./DatasetProvenance";
import type { ServiceData, useServiceDataActions } from "./service-data-api";

const EXCLUDED = "";

function effectiveMap(data: ServiceData): Record<string, string> {
  const stored = data.bindings[0]?.structureMap ?? {};
  if (Object.keys(stored).length > 0) return stored;
  return Object.fromEntries(data.offices.map((o) => [o.code, data.organisationId]));
}

export function CpiStructureMap({
  data,
  canManage,
  actions,
}: {
  data: ServiceData;
  canManage: boolean;
  actions: ReturnType<typeof useServiceDataActions>;
}) {
  const { t } = useTranslation();
  const current = effectiveMap(data);
  const [draft, setDraft] = useState<Record<string, string>>(current);
  const changed = data.offices.some((o) => (draft[o.code] ?? EXCLUDED) !== (current[o.code] ?? EXCLUDED));
  const targets = [{ id: data.organisationId, name: t("serviceData.map.organisation") }, ...data.structures];
  const nameOf = (id: string | undefined) => (id ? (targets.find((s) => s.id === id)?.name ?? id) : t("serviceData.map.excluded"));
  const save = actions.saveStructureMap;
  const dataset = data.dataset ? describeDataset(t, data.dataset) : null;

  return (
    <section aria-labelledby="cpi-map-heading" className="mb-5">
      <h2 id="cpi-map-heading" className="h4">
        {t("serviceData.map.heading")}
      </h2>
      <p>{t("serviceData.map.intro")}</p>
      {dataset && (
        <p className="small" data-testid="dataset-summary">
          {t("serviceData.map.loaded", { files: dataset.files, events: dataset.events ?? "—" })}
        </p>
      )}
      {data.offices.length === 0 ? (
        <p className="text-muted">{t("serviceData.map.noData")}</p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const structureMap = Object.fromEntries(Object.entries(draft).filter(([, target]) => target !== EXCLUDED));
            save.mutate(structureMap);
          }}
        >
          <div className="table-responsive">
            <table className="table table-sm service-data-table" data-testid="cpi-map">
              <caption className="visually-hidden">{t("serviceData.map.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("serviceData.map.cpi")}</th>
                  <th scope="col">{t("serviceData.map.province")}</th>
                  <th scope="col">{t("serviceData.map.region")}</th>
                  <th scope="col">{t("serviceData.map.structure")}</th>
                </tr>
              </thead>
              <tbody>
                {data.offices.map((office) => (
                  <tr key={office.code} data-testid={`cpi-${office.code}`}>
                    <th scope="row">
                      {office.code}
                      {office.name && <span className="d-block fw-normal">{office.name}</span>}
                    </th>
                    <td>{office.province ?? "—"}</td>
                    <td>{office.region ?? "—"}</td>
                    <td>
                      {canManage ? (
                        <select
                          className="form-select form-select-sm"
                          aria-label={t("serviceData.map.structure") + " — " + (office.name ?? office.code)}
                          value={draft[office.code] ?? EXCLUDED}
                          onChange={(e) => setDraft({ ...draft, [office.code]: e.target.value })}
                        >
                          <option value={EXCLUDED}>{t("serviceData.map.excluded")}</option>
                          {targets.map((s) => (
                            <option key={s.id} value={s.id}>
                              {s.name}
                            </option>
                          ))}
                        </select>
                      ) : (
                        nameOf(current[office.code])
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {canManage &&
            (data.bindings.length === 0 ? (
              <p className="small text-muted">{t("serviceData.map.noBindings")}</p>
            ) : (
              <button type="submit" className="btn btn-outline-primary" disabled={!changed || save.isPending}>
                {t("serviceData.map.save")}
              </button>
            ))}
          <div aria-live="polite" className="mt-2">
            {save.isSuccess && !changed && <p className="small">{t("serviceData.map.saved", { count: save.data.bindings.length })}</p>}
          </div>
          {save.isError && <ErrorMessage error={save.error} />}
        </form>
      )}
    </section>
  );
}
