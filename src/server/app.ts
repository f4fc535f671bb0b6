// The Fastify application: JSON API under /api validated with zod, OpenAPI at /api/docs.
import Fastify, { type FastifyInstance } from "fastify";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import type { AppContext } from "./context";
import { registerErrorHandler } from "./errors";
import { evaluationRoutes } from "./routes/evaluation.routes";
import { fileRoutes } from "./routes/files.routes";
import { healthRoutes } from "./routes/health.routes";
import { planItemRoutes } from "./routes/plan-items.routes";
import { planRoutes } from "./routes/plans.routes";

export interface AppOptions {
  logLevel?: string;
}

export async function buildApp(ctx: AppContext, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({ logger: { level: options.logLevel ?? "silent" }, bodyLimit: 50 * 1024 * 1024 });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
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
  await app.register(planRoutes(ctx));
  await app.register(planItemRoutes(ctx));
  await app.register(fileRoutes(ctx));
  await app.register(evaluationRoutes(ctx));
  return app;
}
