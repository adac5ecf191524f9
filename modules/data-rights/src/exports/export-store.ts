import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { rowFileOwner, signedDownload, type UrlSigner } from '@nexova/files';
import { NotFoundError } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import type { PersonExport, PersonExportRow } from '../contracts/person-export';
import { personExports } from '../db/schema';

type Patch = Partial<Omit<PersonExportRow, 'id' | 'workspaceId' | 'personId'>>;

/** Updates an export in its own short transaction so pollers see progress while it runs. */
export async function patchPersonExport(ctx: AppContext, id: string, patch: Patch): Promise<void> {
  await withTransaction(ctx, async (t) => {
    await t.tx
      .update(personExports)
      .set(patch)
      .where(and(eq(personExports.workspaceId, workspaceOf(t)), eq(personExports.id, id)));
  });
}

/** An export by id in the context's workspace (the recovery worker), or null. */
export async function loadPersonExport(ctx: AppContext, id: string): Promise<PersonExportRow | null> {
  const [row] = await withTransaction(ctx, (t) =>
    t.tx
      .select()
      .from(personExports)
      .where(and(eq(personExports.workspaceId, workspaceOf(t)), eq(personExports.id, id))),
  );
  return row ?? null;
}

export async function mustLoadPersonExport(ctx: AppContext, personId: string, id: string): Promise<PersonExportRow> {
  const [row] = await withTransaction(ctx, (t) =>
    t.tx
      .select()
      .from(personExports)
      .where(
        and(
          eq(personExports.workspaceId, workspaceOf(t)),
          eq(personExports.personId, personId),
          eq(personExports.id, id),
        ),
      ),
  );
  if (!row) throw new NotFoundError(`Export ${id} was not found.`, { code: 'person_export_not_found' });
  return row;
}

/** The API view of an export: a fresh signed URL of its archive once completed. */
export function toPersonExport(row: PersonExportRow, signer: UrlSigner): PersonExport {
  return {
    id: row.id,
    person_id: row.personId,
    status: row.status as PersonExport['status'],
    sections_total: row.sectionsTotal,
    sections_done: row.sectionsDone,
    attempts: row.attempts,
    error: row.error,
    download: signedDownload(row, 'application/zip', signer) as PersonExport['download'],
    created_at: row.createdAt.toISOString(),
    finished_at: row.finishedAt?.toISOString() ?? null,
  };
}

/** Archives live under person-exports/<workspace>/<id>.zip; a file is kept while its export row names it. */
export const personExportFileOwner = rowFileOwner('person-exports', 'data-rights', personExports, personExports);
