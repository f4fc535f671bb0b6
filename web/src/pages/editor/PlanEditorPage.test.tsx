// @vitest-environment jsdom
// The editor's forms in a DOM (no server): the plan and the session are in the query cache as the API returns
// them; fetch answers as the server would.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { MemoryRouter, Route, Routes } from "react-router-dom";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { queryKeys } from "../../api/hooks";
import { ROUTES } from "../../app/routes";
import { initI18n } from "../../i18n/setup";
import { seedBundle } from "../../model/seed-bundles";
import { PlanEditorPage } from "./PlanEditorPage";

const OFFICE = { id: "a", email: "pianificazione@arti.toscana.it", displayName: "Ufficio", role: "planning_office", organisationId: "arti-toscana", structures: [], mustChangePassword: false, demo: true, hasPassword: true, federated: false };

function renderEditor(path: string, account: object = OFFICE) {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  client.setQueryData(queryKeys.plan("arti-2021"), seedBundle("arti"));
  client.setQueryData(["session"], { csrfToken: "t", expiresAt: "2030-01-01T00:00:00.000Z", account });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path={ROUTES.editor} element={<PlanEditorPage />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe("plan editor forms", () => {
  beforeAll(() => {
    initI18n("it");
    globalThis.ResizeObserver ??= class {
      observe() {}
      unobserve() {}
      disconnect() {}
    } as unknown as typeof ResizeObserver;
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("a new objective saved empty is refused on the page, naming code and title; «sei» as weight is not a number; nothing is sent", async () => {
    const fetch = vi.fn();
    vi.stubGlobal("fetch", fetch);
    renderEditor("/piani/arti-2021/modifica/obiettivi/nuovo");
    fireEvent.change(screen.getByLabelText(/^Peso \(%\)/), { target: { value: "sei" } });
    await act(async () => fireEvent.click(screen.getByTestId("save-objective")));
    expect(screen.getByTestId("error-objective-code").textContent).toBe("Codice: campo obbligatorio");
    expect(screen.getByTestId("error-objective-title").textContent).toBe("Titolo: campo obbligatorio");
    expect(screen.getByTestId("error-objective-weight").textContent).toBe("Peso (%): «sei» non è un numero (scrivere ad esempio 7.920 o 6,5)");
    expect(screen.getByLabelText(/^Codice/).getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByTestId("form-errors").querySelectorAll("a")).toHaveLength(3);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("the server's 400 lands next to its field, and what was typed stays", async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ error: "Riferimenti non validi", fields: [{ path: "body.nodeId", message: "\"x\" non esiste nel piano" }] }), { status: 400, headers: { "content-type": "application/json" } }));
    vi.stubGlobal("fetch", fetch);
    renderEditor("/piani/arti-2021/modifica/obiettivi/nuovo");
    fireEvent.change(screen.getByLabelText(/^Codice/), { target: { value: "1.7" } });
    fireEvent.change(screen.getByLabelText(/^Titolo/), { target: { value: "Nuovo obiettivo di prova" } });
    fireEvent.change(screen.getByLabelText(/^Peso \(%\)/), { target: { value: "6,5" } });
    await act(async () => fireEvent.click(screen.getByTestId("save-objective")));
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/plans/arti-2021/objectives");
    expect(JSON.parse(String(init.body))).toMatchObject({ code: "1.7", title: "Nuovo obiettivo di prova", weight: 6.5 });
    await screen.findByTestId("error-objective-nodeId");
    expect(screen.getByTestId("error-objective-nodeId").textContent).toBe("Area o sezione: \"x\" non esiste nel piano");
    expect(screen.getByTestId("form-errors").textContent).toContain("Riferimenti non validi");
    expect((screen.getByLabelText(/^Titolo/) as HTMLInputElement).value).toBe("Nuovo obiettivo di prova");
  });

  it("ARTI crono 1: typing a phase weight updates the running total and warns when the phases no longer make 100%", async () => {
    renderEditor("/piani/arti-2021/modifica/obiettivi/arti-2021%3Aobj-1.1");
    const prefix = "phase-ARTI_1";
    expect(screen.getByTestId(`${prefix}-total`).textContent).toBe("100,00%");
    expect(screen.queryByTestId(`${prefix}-warning`)).toBeNull();
    fireEvent.click(screen.getAllByRole("button", { name: "Modifica la fase 1" })[0]!);
    const weight = screen.getByLabelText(/^Peso \(%\)/, { selector: `#${prefix}-weight` });
    fireEvent.change(weight, { target: { value: "30" } });
    fireEvent.input(weight);
    expect(screen.getByTestId(`${prefix}-total`).textContent).not.toBe("100,00%");
    expect(screen.getByTestId(`${prefix}-warning`).textContent).toContain("invece che al 100%");
  });

  it("a reader meets a refusal, not the forms", () => {
    renderEditor("/piani/arti-2021/modifica", { ...OFFICE, role: "reader" });
    expect(screen.getByTestId("editor-refused").textContent).toContain("Non hai i permessi");
    expect(screen.queryByTestId("new-objective")).toBeNull();
  });
});
