// @vitest-environment jsdom
// The plan tree in a DOM (no server): the ARTI plan (seed 004) as the API returns it, and a generated plan of
// 500 indicators (bench/generate-plan.ts) whose first screenful is drawn before the rest.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { MemoryRouter, Route, Routes } from "react-router-dom";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { PlanBundle } from "@domain/model";
import { generatePlan } from "../../../../bench/generate-plan";
import { queryKeys } from "../../api/hooks";
import { ROUTES } from "../../app/routes";
import { initI18n } from "../../i18n/setup";
import { computePlanFigures } from "../../model/plan-figures";
import { buildPlanTree, type NodeBranch } from "../../model/plan-tree";
import { seedBundle } from "../../model/seed-bundles";
import { PlanTreePage } from "../PlanTreePage";
import { FIRST_SCREENFUL, firstObjectives } from "./first-screenful";

function renderTree(bundle: PlanBundle) {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  client.setQueryData(queryKeys.plan(bundle.plan.id), bundle);
  client.setQueryData(["session"], null);
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[`/piani/${encodeURIComponent(bundle.plan.id)}`]}>
        <Routes>
          <Route path={ROUTES.planTree} element={<PlanTreePage />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const areaButton = (title: string) =>
  [...document.querySelectorAll(".tree-node-title")].find((t) => t.textContent === title)?.closest("button") ?? undefined;
const objectivesOnScreen = () => document.querySelectorAll(".tree-objective").length;

describe("plan tree", () => {
  beforeAll(() => {
    initI18n("it");
    globalThis.ResizeObserver ??= class {
      observe() {}
      unobserve() {}
      disconnect() {}
    } as unknown as typeof ResizeObserver;
  });
  afterEach(cleanup);

  it("ARTI, cut to its first 5 objectives: area 1 with objectives 1.1–1.5, the other areas left for later", () => {
    const bundle = seedBundle("arti");
    const cut = firstObjectives(buildPlanTree(bundle, computePlanFigures(bundle, null)), 5);
    expect(cut).toHaveLength(1);
    expect((cut[0] as NodeBranch).children.map((c) => (c.kind === "objective" ? c.objective.code : ""))).toEqual(["1.1", "1.2", "1.3", "1.4", "1.5"]);
  });

  it("ARTI (15 objectives) is drawn whole at once; opening 1.5 shows 1.5.2 at 188,94% (37.787 / 20.000) and leaves the others closed", () => {
    renderTree(seedBundle("arti"));
    expect(objectivesOnScreen()).toBe(15);
    expect(screen.getByTestId("tree-count").textContent).toContain("15 obiettivi e 18 indicatori");
    const objective = screen.getByTestId("objective-1.5");
    fireEvent.click(within(objective).getByRole("button", { name: /1\.5/ }));
    expect(within(screen.getByTestId("indicator-1.5.2")).getByText("188,94%")).toBeTruthy();
    expect(document.querySelectorAll(".indicator-table").length).toBe(1);
  });

  it(`500 indicators: the first ${FIRST_SCREENFUL} of 125 objectives (areas 1–3) come first; all 125 in 13 areas right after the first frame`, async () => {
    renderTree(generatePlan(500));
    expect(objectivesOnScreen()).toBe(FIRST_SCREENFUL);
    expect(screen.getByTestId("tree-count").textContent).toContain("125 obiettivi e 500 indicatori");
    // areas 1–3 hold objectives 1–30; area 4 comes with the rest
    expect(areaButton("Area strategica 3")?.textContent).toContain("10 obiettivi · 40 indicatori");
    expect(areaButton("Area strategica 4")).toBeUndefined();
    await act(async () => {
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 10)));
    });
    expect(objectivesOnScreen()).toBe(125);
    expect(areaButton("Area strategica 13")?.textContent).toContain("5 obiettivi · 20 indicatori");
  });
});
