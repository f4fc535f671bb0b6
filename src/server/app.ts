// The Fastify application: JSON API under /api validated with zod, OpenAPI at /api/docs.
import Fastify, { type FastifyInstance } from "fastify";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { registerPlanReadGuard } from "../auth/authorize";
import { registerAuthentication } from "../auth/plugin";
import { securitySettings } from "../auth/settings";
import type { AppContext } from "./context";
import { registerErrorHandler } from "./errors";
import { registerJsonCompression } from "./json-compression";
import { accountRoutes } from "./routes/accounts.routes";
import { auditRoutes } from "./routes/audit.routes";
import { authRoutes } from "./routes/auth.routes";
import { workflowRoutes } from "./routes/workflow.routes";
import { individualPerformanceRoutes } from "./routes/individual-performance.routes";
import { notificationRoutes } from "./routes/notifications.routes";
import { evaluationRoutes } from "./routes/evaluation.routes";
import { evaluationSettingsRoutes } from "./routes/evaluation-settings.routes";
import { fileRoutes } from "./routes/files.routes";
import { evidenceRoutes } from "./routes/evidence.routes";
import { publicationRoutes } from "./routes/publications.routes";
import { reportRoutes } from "./routes/reports.routes";
import { registerPublicPages } from "./public-pages/register-public-pages";
import { healthRoutes } from "./routes/health.routes";
import { planItemRoutes } from "./routes/plan-items.routes";
import { planRoutes } from "./routes/plans.routes";
import { analyticsRoutes } from "./routes/analytics.routes";

export interface AppOptions {
  logLevel?: string;
  /** behind a reverse proxy: take the client's address from X-Forwarded-For (audit trail, sign-in limits). */
  trustProxy?: boolean;
}

export async function buildApp(ctx: AppContext, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({ logger: { level: options.logLevel ?? "silent" }, bodyLimit: 50 * 1024 * 1024, trustProxy: options.trustProxy ?? false });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  // every /api route needs a session except those marked `config: { public: true }` (docs/security.md)
  app.decorate("authDatabase", ctx.database.db);
  await registerAuthentication(app, ctx.database.db, securitySettings(ctx.security));
  registerPlanReadGuard(app);
  registerJsonCompression(app);
  await app.register(swagger, {
    openapi: {
      info: {
        title: "Traguardo API",
        description: "Piani della performance, obiettivi, indicatori, monitoraggio e valutazione",
        version: "0.1.0",
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs" });
  await app.register(healthRoutes(ctx));
  await app.register(authRoutes(ctx));
  await app.register(accountRoutes(ctx));
  await app.register(auditRoutes(ctx));
  await app.register(planRoutes(ctx));
  await app.register(planItemRoutes(ctx));
  await app.register(fileRoutes(ctx));
  await app.register(evidenceRoutes(ctx));
  await app.register(workflowRoutes(ctx));
  await app.register(notificationRoutes(ctx));
  await app.register(individualPerformanceRoutes(ctx));
  await app.register(evaluationRoutes(ctx));
  await app.register(evaluationSettingsRoutes(ctx));
  await app.register(reportRoutes(ctx));
  await app.register(publicationRoutes(ctx));
  await app.register(analyticsRoutes(ctx));
  await registerPublicPages(app, ctx);
  return app;
}
