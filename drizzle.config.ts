import { defineConfig } from 'drizzle-kit';

// Generates SQL migrations from the schema. Never point drizzle-kit at a data folder that a
// running server holds: the server applies migrations itself at start-up.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/server/db/schema/*.ts',
  out: './drizzle',
});
