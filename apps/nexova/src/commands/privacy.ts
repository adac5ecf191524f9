import { queryRows } from '@nexova/db';
import { systemContext } from '@nexova/kernel';
import { configuredKms, rotateWorkspaceKeys } from '@nexova/privacy';
import { sql } from 'drizzle-orm';
import type { CommandArgs } from '../cli';
import type { CommandContext } from './context';

export const PRIVACY_USAGE = 'privacy rotate-keys [--workspace <id>]';

/** A wrong invocation (the CLI answers it with the usage and exit code 1). */
export class PrivacyUsageError extends Error {}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `nexova privacy rotate-keys [--workspace <id>]`: step 2 of a key rotation (docs/PRIVACY.md). For
 * one workspace or every workspace that has keys, in one transaction each: re-wraps what an old
 * master key (NEXOVA_SECRET_KEY_PREVIOUS) wrapped, adds a workspace key version and re-wraps every
 * live person key under it. Data and blind indexes are untouched; the app keeps serving meanwhile.
 */
export async function privacyCommand(
  { io, config, openDatabase }: CommandContext,
  { positionals, values }: CommandArgs,
) {
  if (positionals[0] !== 'rotate-keys') throw new PrivacyUsageError(`Usage: nexova ${PRIVACY_USAGE}`);
  const only = values.workspace;
  if (only !== undefined && (typeof only !== 'string' || !UUID.test(only)))
    throw new PrivacyUsageError('--workspace must be a workspace id (a UUID).');
  const kms = configuredKms(config);
  const database = await openDatabase();
  try {
    const { db } = database;
    const workspaces =
      typeof only === 'string'
        ? [only]
        : (await queryRows<{ id: string }>(db, sql`select id from privacy.workspaces_with_keys() as id`)).map(
            (r) => r.id,
          );
    for (const workspaceId of workspaces) {
      const r = await rotateWorkspaceKeys({ ctx: { ...systemContext(workspaceId, 'privacy-rotate-keys'), db }, kms });
      io.out(
        `rotated ${workspaceId}  key version ${r.workspaceKeyVersion}, ${r.personKeysRewrapped} person keys re-wrapped, ${r.masterRewrapped} re-wrapped from an old master key\n`,
      );
    }
    if (workspaces.length === 0) io.out('No workspace has personal-data keys yet.\n');
  } finally {
    await database.close();
  }
}
