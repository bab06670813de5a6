import fs from 'node:fs';
import { defineConfig } from 'vitest/config';
import type { TestProjectInlineConfiguration } from 'vitest/config';

const requirePg = process.env.TUIJIN_REQUIRE_PG === '1';
const requireBrowser = process.env.TUIJIN_REQUIRE_BROWSER === '1';
const chromium = process.env.TUIJIN_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = fs.existsSync(chromium);

if (requirePg && !process.env.DATABASE_URL) {
  throw new Error('TUIJIN_REQUIRE_PG=1 but DATABASE_URL is not set: the PostgreSQL suite cannot run.');
}
if (requireBrowser && !hasChromium) {
  throw new Error(
    `TUIJIN_REQUIRE_BROWSER=1 but Chromium is missing at ${chromium}: the browser suite cannot run.`,
  );
}

const projects: TestProjectInlineConfiguration[] = [
  {
    test: {
      name: 'unit',
      include: ['src/**/*.test.ts'],
      exclude: ['src/**/*.api.test.ts', 'node_modules/**'],
      environment: 'node',
    },
  },
  {
    test: {
      name: 'api-pglite',
      include: ['src/**/*.api.test.ts'],
      env: { TUIJIN_TEST_DB: 'pglite' },
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  },
];
if (process.env.DATABASE_URL) {
  projects.push({
    test: {
      name: 'api-postgres',
      include: ['src/**/*.api.test.ts'],
      env: { TUIJIN_TEST_DB: 'postgres' },
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  });
} else {
  console.warn(
    '\n[tuijin] DATABASE_URL is not set: the API suite runs on PGlite only (not on PostgreSQL).\n',
  );
}
if (hasChromium) {
  projects.push({
    test: {
      name: 'browser',
      include: ['e2e/**/*.e2e.test.ts'],
      env: { TUIJIN_CHROMIUM: chromium },
      testTimeout: 120_000,
      hookTimeout: 180_000,
      fileParallelism: false,
    },
  });
} else {
  console.warn(
    `\n[tuijin] Chromium not found at ${chromium}: browser tests are NOT run (apt-get install chromium fonts-noto-cjk).\n`,
  );
}

export default defineConfig({ test: { projects } });
