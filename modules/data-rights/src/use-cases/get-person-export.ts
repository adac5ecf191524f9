import type { AppContext } from '@nexova/db';
import type { UrlSigner } from '@nexova/files';
import type { PersonExport } from '../contracts/person-export';
import { mustLoadPersonExport, toPersonExport } from '../exports/export-store';

export type GetPersonExportInput = { personId: string; exportId: string; signer: UrlSigner };

// An export's progress and, once completed, a fresh signed URL of its archive; 404 for another person's or workspace's.
export async function getPersonExport({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: GetPersonExportInput;
}): Promise<PersonExport> {
  return toPersonExport(await mustLoadPersonExport(ctx, input.personId, input.exportId), input.signer);
}
