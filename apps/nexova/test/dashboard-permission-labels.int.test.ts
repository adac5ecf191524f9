import { createTestApp, type TestApp } from '@nexova/app';
import { permissionLabels } from '@nexova/dashboard/permission-labels';
import { declaredPermissions } from '@nexova/http';
import { afterAll, beforeAll, expect, it } from 'vitest';

// The role editor's permission picker describes each permission in the member's language from the
// dashboard's own table; the API describes them in English only. A permission a module declares
// without a line in that table would silently show in English: this names it.

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp(); // composes every module, so every permission is declared
});
afterAll(() => app?.dispose());

it('describes every permission the modules declare, in es, pt-BR and en', () => {
  const declared = declaredPermissions().map((p) => p.name);
  expect(declared.length).toBeGreaterThan(40);
  for (const [language, labels] of Object.entries(permissionLabels)) {
    const missing = declared.filter((name) => !labels[name]?.trim());
    expect(missing, `permissions without a ${language} description`).toEqual([]);
  }
});
