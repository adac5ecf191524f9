import { randomUUID } from 'node:crypto';
import { utimesSync } from 'node:fs';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '@nexova/app';
import { createOrphanFileSweeper, diskFileStore } from '@nexova/files';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clinicWorkspace, expectStatus, multipart, PNG } from './helpers';

// The orphan sweeper asks each file's owner (NexovaModule.files) whether its rows still name it: a patient
// attachment survives a sweep, an orphan receipt and an orphan patient file do not, and a file under a
// prefix nobody registered is never touched.

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
}, 120_000);
afterAll(() => app?.dispose());

describe('orphan file sweep over every owner', () => {
  it('keeps referenced patient attachments, deletes orphans of registered prefixes only', async () => {
    const { call, ws } = await clinicWorkspace(app);
    const patient = (await call('POST', '/patients', { person: { name: 'Lia Prado' } })).json();
    const body = multipart(PNG, 'exam.png');
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/patients/${patient.id}/attachments`,
      headers: { ...ws.headers, 'idempotency-key': randomUUID(), 'content-type': body.contentType },
      payload: body.payload,
    });
    expectStatus(res, 201);
    const attachment = String(res.json().url)
      .split('?')[0]
      ?.replace(/^\/files\//, '') as string;
    expect(attachment.startsWith(`patients/${ws.workspaceId}/`)).toBe(true);

    const root = join(app.config.NEXOVA_DATA_DIR, 'files');
    const store = diskFileStore(root);
    const orphanReceipt = `receipts/${ws.workspaceId}/${randomUUID()}.png`;
    const orphanPatientFile = `patients/${ws.workspaceId}/${patient.id}/${randomUUID()}.png`;
    const unowned = `exports/${ws.workspaceId}/${randomUUID()}.csv`;
    for (const key of [orphanReceipt, orphanPatientFile, unowned]) await store.put(key, PNG);
    const old = new Date(Date.now() - 2 * 86_400_000);
    for (const key of [attachment, orphanReceipt, orphanPatientFile, unowned]) utimesSync(join(root, key), old, old);

    expect(app.composition.fileOwners.map((o) => o.prefix).sort()).toEqual([
      'audit-exports',
      'media',
      'patients',
      'person-exports',
      'receipts',
    ]);
    const log = { info() {}, error() {} };
    const sweeper = createOrphanFileSweeper(
      { config: app.config, database: app.database, logger: log },
      app.composition.fileOwners,
    );
    expect(await sweeper.sweep()).toBe(2);
    expect(await store.get(attachment)).not.toBeNull();
    expect(await store.get(orphanReceipt)).toBeNull();
    expect(await store.get(orphanPatientFile)).toBeNull();
    expect(await store.get(unowned)).not.toBeNull();
    await sweeper.stop();
    expectStatus(await app.inject({ method: 'GET', url: res.json().url }), 200);
  });
});
