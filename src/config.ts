// The one place where environment variables are read, validated at start-up with a clear message.
import { z } from "zod";

const Config = z.object({
  /** HTTP port of the server. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** address the server listens on. */
  HOST: z.string().default("0.0.0.0"),
  /** a PostgreSQL server (postgres://…); when unset the embedded PGlite is used. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL deve iniziare con postgres:// o postgresql://")
    .optional(),
  /** folder of the embedded database and of uploaded files. */
  TRAGUARDO_DATA_DIR: z.string().default("./data"),
  /** "false" to start without loading the demo plans from the seeds on an empty database. */
  TRAGUARDO_DEMO: z.enum(["true", "false"]).default("true"),
  /** pino log level. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});
export type Config = z.infer<typeof Config>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Config.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Configurazione non valida:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
