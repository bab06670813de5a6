import path from 'node:path';
import { z } from 'zod';

const boolFlag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

/** Every environment variable Tuijin reads, parsed once. */
const EnvSchema = z.object({
  DATABASE_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
  ),
  TUIJIN_DATA_DIR: z.string().min(1).default('./data'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  TUIJIN_DEMO: boolFlag.default(true),
  TUIJIN_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  TUIJIN_SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  /** Seconds between passes of the supervision reminder job (0: off). */
  TUIJIN_REMINDER_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  TUIJIN_LOCKOUT_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(5),
  TUIJIN_LOCKOUT_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  TUIJIN_SECURE_COOKIE: boolFlag.default(false),
  TUIJIN_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TUIJIN_WEB_DIR: z.string().min(1).default('./dist/web'),
});

export type Config = {
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  demo: boolean;
  sessionIdleMs: number;
  sessionMaxMs: number;
  lockoutAttempts: number;
  lockoutMs: number;
  reminderSeconds: number;
  secureCookie: boolean;
  logLevel: z.infer<typeof EnvSchema>['TUIJIN_LOG_LEVEL'];
  webDir: string;
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (i) => `  ${i.path.join('.')}=${JSON.stringify(env[String(i.path[0])])}: ${i.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.TUIJIN_DATA_DIR),
    port: e.PORT,
    host: e.HOST,
    demo: e.TUIJIN_DEMO,
    sessionIdleMs: e.TUIJIN_SESSION_IDLE_MINUTES * 60_000,
    sessionMaxMs: e.TUIJIN_SESSION_MAX_HOURS * 3_600_000,
    lockoutAttempts: e.TUIJIN_LOCKOUT_ATTEMPTS,
    reminderSeconds: e.TUIJIN_REMINDER_SECONDS,
    lockoutMs: e.TUIJIN_LOCKOUT_MINUTES * 60_000,
    secureCookie: e.TUIJIN_SECURE_COOKIE,
    logLevel: e.TUIJIN_LOG_LEVEL,
    webDir: path.resolve(e.TUIJIN_WEB_DIR),
  };
}
