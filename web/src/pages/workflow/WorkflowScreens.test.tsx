// @vitest-environment jsdom
// The approval page and the monitoring bar per role, without a server: plan, session and workflow states are put
// in the query cache as the API would return them.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, render, screen, within } from "@testing-library/react";
import { MemoryRouter, Route, Routes } from "react-router-dom";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { queryKeys } from "../../api/hooks";
import type { Account } from "../../api/session";
import { ROUTES } from "../../app/routes";
import { initI18n } from "../../i18n/setup";
import { seedBundle } from "../../model/seed-bundles";
import { MonitoringPage } from "../MonitoringPage";
import { workflowKeys, type WorkflowState, type WorkflowView } from "./workflow-api";
import { WorkflowPage } from "./WorkflowPage";

const PERIOD = "arti-2021:30-06-2021";

function account(role: Account["role"], structures: string[] = []): Account {
  return {
    id: role,
    email: `${role}@arti.toscana.it`,
    displayName: role,
    role,
    organisationId: "arti-toscana",
    structures: structures.map((structureId) => ({ organisationId: "arti-toscana", structureId })),
    mustChangePassword: false,
    demo: false,
    hasPassword: true,
    federated: false,
  };
}

function row(structureId: string, structureName: string, state: WorkflowState, extra: Partial<WorkflowView> = {}): WorkflowView {
  return {
    structureId, structureName, state, stateLabel: state, version: 3, values: 16, missing: 0,
    submittedAt: null, submittedBy: null, validatedAt: null, validatedBy: null, returnedAt: null, returnedBy: null, returnReason: null,
    closedAt: null, closedBy: null, reopenedAt: null, reopenedBy: null, reopenReason: null, ...extra,
  };
}

function renderAt(path: string, who: Account, rows: WorkflowView[]) {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  client.setQueryData(queryKeys.plan("arti-2021"), seedBundle("arti"));
  client.setQueryData(queryKeys.measurementVersions("arti-2021"), new Map<string, string>());
  client.setQueryData(["session"], { csrfToken: "t", expiresAt: "2030-01-01T00:00:00.000Z", account: who });
  client.setQueryData(workflowKeys.period("arti-2021", PERIOD), rows);
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path={ROUTES.workflow} element={<WorkflowPage />} />
          <Route path={ROUTES.monitoring} element={<MonitoringPage />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const submitted = row("arti-toscana:direzione", "Direzione", "submitted", { submittedAt: "2021-07-05T08:30:00.000Z", submittedBy: "Direzione ARTI <direzione@arti.it>" });
const rpctOpen = row("arti-toscana:rpct", "Responsabile Prevenzione Corruzione e Trasparenza (RPCT)", "open", { values: 2 });

describe("approval page and monitoring bar by role", () => {
  beforeAll(() => {
    initI18n("it");
    globalThis.ResizeObserver ??= class {
      observe() {}
      unobserve() {}
      disconnect() {}
    } as unknown as typeof ResizeObserver;
  });
  afterEach(cleanup);

  it("the planning office sees Direzione submitted by its head (05/07/2021 10:30), may validate — alone or in bulk — or send back", () => {
    renderAt("/piani/arti-2021/approvazione", account("planning_office"), [submitted, rpctOpen]);
    const direzione = screen.getByTestId("workflow-row-arti-toscana:direzione");
    expect(within(direzione).getByTestId("workflow-state-arti-toscana:direzione").textContent).toBe("inviato");
    expect(direzione.textContent).toContain("Direzione ARTI05/07/2021 10:30");
    expect(within(direzione).getByRole("button", { name: "Valida: Direzione" })).toBeTruthy();
    expect(within(direzione).getByRole("button", { name: "Rinvia…: Direzione" })).toBeTruthy();
    expect(within(direzione).getByRole("checkbox", { name: "Seleziona Direzione" })).toBeTruthy();
    expect(screen.getByTestId("bulk-validate").textContent).toBe("Valida le selezionate (0)");
    // RPCT is still open: the office may submit in its place (policy), there is nothing to validate or select
    const rpct = screen.getByTestId("workflow-row-arti-toscana:rpct");
    expect(within(rpct).getAllByRole("button").map((b) => b.textContent)).toEqual(["Invia per la validazione"]);
    expect(within(rpct).queryByRole("checkbox")).toBeNull();
  });

  it("the head of Direzione may submit Direzione only, validates nothing; a reader sees states without buttons, the evaluator only validates or returns", () => {
    renderAt("/piani/arti-2021/approvazione", account("structure_head", ["arti-toscana:direzione"]), [row("arti-toscana:direzione", "Direzione", "draft"), rpctOpen]);
    expect(screen.getByRole("button", { name: "Invia per la validazione: Direzione" })).toBeTruthy();
    expect(screen.queryByTestId("bulk-validate")).toBeNull();
    expect(within(screen.getByTestId("workflow-row-arti-toscana:rpct")).queryAllByRole("button")).toHaveLength(0);
    cleanup();
    renderAt("/piani/arti-2021/approvazione", account("reader"), [submitted, rpctOpen]);
    expect(within(screen.getByTestId("workflow-table")).queryAllByRole("button")).toHaveLength(0);
    expect(screen.getByTestId("workflow-state-arti-toscana:direzione").textContent).toBe("inviato");
    cleanup();
    renderAt("/piani/arti-2021/approvazione", account("evaluator"), [submitted, rpctOpen]);
    const direzione = screen.getByTestId("workflow-row-arti-toscana:direzione");
    expect(within(direzione).getAllByRole("button").map((b) => b.textContent)).toEqual(["Valida", "Rinvia…"]);
    expect(within(screen.getByTestId("workflow-row-arti-toscana:rpct")).queryAllByRole("button")).toHaveLength(0);
    cleanup();
  });

  it("monitoring, head of Direzione in draft: the bar offers «Invia per la validazione»; the grid stays editable", () => {
    renderAt("/piani/arti-2021/monitoraggio", account("structure_head", ["arti-toscana:direzione"]), [row("arti-toscana:direzione", "Direzione", "draft"), rpctOpen]);
    const bar = screen.getByTestId("workflow-bar");
    expect(within(bar).getByTestId("workflow-bar-state-arti-toscana:direzione").textContent).toBe("in compilazione");
    expect(within(bar).getByRole("button", { name: "Invia per la validazione" })).toBeTruthy();
    expect(screen.getByTestId("input-1.6.1-numerator").hasAttribute("readonly")).toBe(false);
    // RPCT's indicators are not the head's: read-only by role
    expect(screen.getByTestId("input-4.4.1-value").hasAttribute("readonly")).toBe(true);
  });

  it("monitoring of a closed period: the office's grid is read-only and the bar says why", () => {
    const closed = row("arti-toscana:direzione", "Direzione", "closed", { closedAt: "2021-07-20T10:00:00.000Z", closedBy: "Ufficio <u@arti.it>", validatedAt: "2021-07-10T10:00:00.000Z", validatedBy: "Ufficio <u@arti.it>" });
    renderAt("/piani/arti-2021/monitoraggio", account("planning_office"), [closed, row("arti-toscana:rpct", "RPCT", "closed")]);
    expect(screen.getByTestId("input-1.6.1-numerator").hasAttribute("readonly")).toBe(true);
    expect(screen.getByTestId("workflow-bar").textContent).toContain("Periodo chiuso: i valori sono in sola lettura.");
    expect(screen.getByTestId("workflow-bar").textContent).toContain("chiuso da Ufficio il 20/07/2021 12:00");
    expect(screen.queryByText("Il tuo ruolo consente di leggere questi valori, non di modificarli.")).toBeNull();
  });
});
