// Starts Traguardo: database (migrated), demo plans on first start, HTTP server.
import type { Config } from "../config";
import { openDatabase } from "../db/connect";
import { loadDemoPlansIfEmpty } from "../io/demo";
import { buildApp } from "./app";

export async function startServer(config: Config): Promise<void> {
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL ?? null, dataDir: config.TRAGUARDO_DATA_DIR });
  await database.migrate();
  if (config.TRAGUARDO_DEMO === "true") {
    const demo = await loadDemoPlansIfEmpty(database.db);
    if (demo) {
      console.log(`Dati dimostrativi caricati: ${demo.loaded.join(", ") || "nessuno"}`);
      for (const f of demo.failed) console.error(`Dati dimostrativi non caricati (${f.seed}):\n  ${f.errors.join("\n  ")}`);
    }
  }
  const app = await buildApp({ database }, { logLevel: config.LOG_LEVEL });
  const shutdown = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
  await app.listen({ port: config.PORT, host: config.HOST });
  console.log(`Traguardo è in ascolto su http://localhost:${config.PORT} (database: ${database.kind})`);
}
