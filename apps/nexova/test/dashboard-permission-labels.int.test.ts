import { createTestApp, type TestApp } from '@nexova/app';
import { permissionLabels } from '@nexova/dashboard/permission-labels';
import { afterAll, beforeAll, expect, it } from 'vitest';

// The role editor's permission picker describes each permission in the member's language from the
// dashboard's own table; the API describes them in English only. A permission a module declares
// without a line in that table would silently show in English: this names it.

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp(); // composes every module, so every permission is declared
});
afterAll(() => app?.dispose());

/** The permissions the composed modules declare and the ones the app's routes require (the live feed's included). */
async function permissionsInUse(): Promise<string[]> {
  const names = new Set(app.composition.modules.flatMap((m) => Object.keys(m.permissions ?? {})));
  const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as {
    paths: Record<string, Record<string, { 'x-nexova-route'?: { permission?: string } }>>;
  };
  for (const operations of Object.values(doc.paths))
    for (const operation of Object.values(operations)) {
      const permission = operation['x-nexova-route']?.permission;
      if (permission) names.add(permission);
    }
  return [...names].sort();
}

// Not the process-wide declaredPermissions(): tests sharing this process declare probe permissions.
it('describes every permission the modules declare, in es, pt-BR and en', async () => {
  const declared = await permissionsInUse();
  expect(declared.length).toBeGreaterThan(40);
  for (const [language, labels] of Object.entries(permissionLabels)) {
    const missing = declared.filter((name) => !labels[name]?.trim());
    expect(missing, `permissions without a ${language} description`).toEqual([]);
  }
});
