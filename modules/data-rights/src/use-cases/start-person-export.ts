import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import type { AppFiles } from '@nexova/files';
import { newId, noteAudit } from '@nexova/kernel';
import type { PersonExport } from '../contracts/person-export';
import { personExports } from '../db/schema';
import { toPersonExport } from '../exports/export-store';
import { runPersonExport } from '../exports/run-export';
import { mustFindPerson } from './must-find-person';

export type StartPersonExportInput = {
  personId: string;
  files: AppFiles;
  heartbeatMs: number;
  /** Aborted when this process stops (the route plugin closing): the export is left to the recovery worker. */
  signal?: AbortSignal;
};

// Records a person's export (audited as `privacy.person_exported`) and runs it in the background of
// this process once committed; `done` settles when it ends. The row carries its progress and outcome.
export async function startPersonExport({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: StartPersonExportInput;
}): Promise<{ job: PersonExport; done: Promise<void> }> {
  const row = await withTransaction(ctx, async (t) => {
    await mustFindPerson(t, input.personId);
    const id = newId();
    noteAudit(t, {
      action: 'privacy.person_exported',
      category: 'privacy',
      severity: 'notice',
      target: { type: 'person', id: input.personId },
    });
    const [inserted] = await t.tx
      .insert(personExports)
      .values({
        id,
        workspaceId: workspaceOf(t),
        personId: input.personId,
        actorType: t.actor.type,
        actorId: t.actor.id === null ? null : String(t.actor.id),
      })
      .returning();
    return inserted as NonNullable<typeof inserted>;
  });
  const background: AppContext = { ...ctx, tx: undefined, audit: undefined };
  const fileKey = `person-exports/${row.workspaceId}/${row.id}.zip`;
  const done = new Promise<void>((resolve) =>
    setImmediate(
      () =>
        void runPersonExport(background, {
          exportId: row.id,
          personId: row.personId,
          fileKey,
          files: input.files,
          heartbeatMs: input.heartbeatMs,
          signal: input.signal,
        }).then(resolve, resolve),
    ),
  );
  return { job: toPersonExport(row, input.files.signer), done };
}
