// What awaits the signed-in person inside the application.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireUser } from "../../auth/authorize";
import { inboxFor } from "../../notifications/inbox";
import { italianToday } from "../../notifications/reminders";
import type { AppContext } from "../context";

const InboxItem = z.object({
  kind: z.enum(["values-to-enter", "submission-to-validate", "values-returned"]),
  planId: z.string(),
  planTitle: z.string(),
  periodId: z.string(),
  periodLabel: z.string(),
  cutoffDate: z.string(),
  daysToCutoff: z.number(),
  structureId: z.string(),
  structureName: z.string(),
  message: z.string(),
});

export const notificationRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/me/notifications",
      {
        schema: {
          tags: ["notifiche"],
          summary: "Cosa attende la persona: valori da inserire prima della scadenza, invii da validare, valori rinviati",
          response: { 200: z.array(InboxItem) },
        },
      },
      async (req) => inboxFor(ctx.database.db, requireUser(req), italianToday()),
    );
  };
