import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { latestSchemaVersion } from "../../db/connect";
import type { AppContext } from "../context";

export const healthRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/health",
      {
        schema: {
          tags: ["sistema"],
          summary: "Stato del servizio e del database",
          response: {
            200: z.object({
              status: z.literal("ok"),
              database: z.enum(["pglite", "postgres"]),
              schemaVersion: z.string(),
            }),
          },
        },
      },
      async () => {
        await ctx.database.db.execute(sql`select 1`);
        return { status: "ok" as const, database: ctx.database.kind, schemaVersion: latestSchemaVersion() };
      },
    );
  };
