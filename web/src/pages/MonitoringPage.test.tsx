// @vitest-environment jsdom
// The monitoring grid in a DOM (no server): the plan is put in the query cache as the API would return it.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { MemoryRouter, Route, Routes } from "react-router-dom";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { queryKeys } from "../api/hooks";
import { ROUTES } from "../app/routes";
import { initI18n } from "../i18n/setup";
import { seedBundle } from "../model/seed-bundles";
import { MonitoringPage } from "./MonitoringPage";

function renderMonitoring() {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  client.setQueryData(queryKeys.plan("arti-2021"), seedBundle("arti"));
  client.setQueryData(queryKeys.measurementVersions("arti-2021"), new Map<string, string>());
  // signed in as ARTI's planning office, as GET /api/auth/session would answer
  client.setQueryData(["session"], {
    csrfToken: "t",
    expiresAt: "2030-01-01T00:00:00.000Z",
    account: { id: "a", email: "pianificazione@arti.toscana.it", displayName: "Ufficio pianificazione", role: "planning_office", organisationId: "arti-toscana", structures: [], mustChangePassword: false, demo: true, hasPassword: true, federated: false },
  });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={["/piani/arti-2021/monitoraggio"]}>
        <Routes>
          <Route path={ROUTES.monitoring} element={<MonitoringPage />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe("monitoring grid", () => {
  beforeAll(() => {
    initI18n("it");
    // jsdom has no layout: ScrollRegion observes sizes
    globalThis.ResizeObserver ??= class {
      observe() {}
      unobserve() {}
      disconnect() {}
    } as unknown as typeof ResizeObserver;
  });
  afterEach(cleanup);

  it("ARTI 1.6: 96 / 106 = 90,57% → typing 50 shows 47,17% and 5. in ritardo, and counts one changed row", async () => {
    renderMonitoring();
    const row = screen.getByTestId("row-1.6.1");
    expect(within(row).getByTestId("achievement-1.6.1").textContent).toContain("90,57%");
    expect(within(row).getByTestId("status-1.6.1").textContent).toContain("3. secondo le aspettative");
    await act(async () => {
      fireEvent.change(screen.getByTestId("input-1.6.1-numerator"), { target: { value: "50" } });
    });
    expect(screen.getByTestId("achievement-1.6.1").textContent).toContain("47,17%");
    expect(screen.getByTestId("status-1.6.1").querySelector(".status-badge")?.textContent).toBe("5. in ritardo");
    expect(screen.getByTestId("changed-count").textContent).toBe("1 riga modificata");
  });

  it("a reader sees the values read-only, with a note saying so", async () => {
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
    client.setQueryData(queryKeys.plan("arti-2021"), seedBundle("arti"));
  client.setQueryData(queryKeys.measurementVersions("arti-2021"), new Map<string, string>());
    client.setQueryData(["session"], {
      csrfToken: "t",
      expiresAt: "2030-01-01T00:00:00.000Z",
      account: { id: "r", email: "lettore@arti.toscana.it", displayName: "Lettore", role: "reader", organisationId: "arti-toscana", structures: [], mustChangePassword: false, demo: true, hasPassword: true, federated: false },
    });
    render(
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={["/piani/arti-2021/monitoraggio"]}>
          <Routes>
            <Route path={ROUTES.monitoring} element={<MonitoringPage />} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    expect(screen.getByTestId("input-1.6.1-numerator").hasAttribute("readonly")).toBe(true);
    expect(screen.getByText("Il tuo ruolo consente di leggere questi valori, non di modificarli.")).toBeTruthy();
  });

  it("a word in a number cell is marked invalid with a message naming indicator and field", async () => {
    renderMonitoring();
    const input = screen.getByTestId("input-3.1.1-numerator");
    await act(async () => {
      fireEvent.change(input, { target: { value: "molte" } });
    });
    expect(input.getAttribute("aria-invalid")).toBe("true");
    const message = document.getElementById(input.getAttribute("aria-describedby")!);
    expect(message?.textContent).toBe("3.1.1 — Numeratore: «molte» non è un numero (scrivere ad esempio 37.787 o 85,38)");
  });
});
