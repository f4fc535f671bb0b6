import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { lazy, Suspense, type ComponentType } from "react";
import { BrowserRouter, Route, Routes } from "react-router-dom";
import { AppLayout } from "../layout/AppLayout";
import { AccessibilityPage } from "../pages/AccessibilityPage";
import { ImportPage } from "../pages/ImportPage";
import { MonitoringPage } from "../pages/MonitoringPage";
import { NotFoundPage } from "../pages/NotFoundPage";
import { PlansPage } from "../pages/PlansPage";
import { PlanTreePage } from "../pages/PlanTreePage";
import { PlanEditorPage } from "../pages/editor/PlanEditorPage";
import { WorkflowPage } from "../pages/workflow/WorkflowPage";
import { AuditPage } from "../pages/accounts/AuditPage";
import { NotificationsPage } from "../pages/accounts/NotificationsPage";
import { MyPerformancePage } from "../pages/accounts/MyPerformancePage";
import { UsersPage } from "../pages/accounts/UsersPage";
import { PublishingPage } from "../pages/publishing/PublishingPage";
import { ServiceDataPage } from "../pages/service-data/ServiceDataPage";
import { Loading } from "../components/QueryState";
import { ROUTES } from "./routes";

// Pages with ECharts load it when first opened, so the plans list and the tree start with a smaller bundle; the
// header stays on screen while they load.
function lazyPage(load: () => Promise<ComponentType>) {
  const Page = lazy(() => load().then((component) => ({ default: component })));
  return function LazyPage() {
    return (
      <Suspense fallback={<Loading />}>
        <Page />
      </Suspense>
    );
  };
}
const DashboardPage = lazyPage(() => import("../pages/DashboardPage").then((m) => m.DashboardPage));
const ObjectivePage = lazyPage(() => import("../pages/ObjectivePage").then((m) => m.ObjectivePage));
const EvaluationPage = lazyPage(() => import("../pages/evaluation/EvaluationPage").then((m) => m.EvaluationPage));

const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false } },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Routes>
          <Route element={<AppLayout />}>
            <Route path={ROUTES.plans} element={<PlansPage />} />
            <Route path={ROUTES.planTree} element={<PlanTreePage />} />
            <Route path={ROUTES.objective} element={<ObjectivePage />} />
            <Route path={ROUTES.monitoring} element={<MonitoringPage />} />
            <Route path={ROUTES.dashboard} element={<DashboardPage />} />
            <Route path={ROUTES.evaluation} element={<EvaluationPage />} />
            <Route path={ROUTES.editor} element={<PlanEditorPage />} />
            <Route path={ROUTES.workflow} element={<WorkflowPage />} />
            <Route path={ROUTES.publishing} element={<PublishingPage />} />
            <Route path={ROUTES.serviceData} element={<ServiceDataPage />} />
            <Route path={ROUTES.audit} element={<AuditPage />} />
            <Route path={ROUTES.notifications} element={<NotificationsPage />} />
            <Route path={ROUTES.myPerformance} element={<MyPerformancePage />} />
            <Route path={ROUTES.users} element={<UsersPage />} />
            <Route path={ROUTES.import} element={<ImportPage />} />
            <Route path={ROUTES.accessibility} element={<AccessibilityPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
