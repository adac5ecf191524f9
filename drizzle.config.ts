import { defineConfig } from 'drizzle-kit';

// One linear folder of SQL migrations for every module's schema (house rule 11).
// `npm run db:generate -- --name <what-changed>` writes the next one; commit it with the schema change.
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./packages/*/src/db/schema.ts', './modules/*/src/db/schema.ts'],
  out: './migrations',
  casing: 'snake_case',
});
