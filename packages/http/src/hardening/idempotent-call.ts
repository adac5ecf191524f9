import { type AppContext, withTransaction } from '@nexova/db';
import { ConflictError, UnprocessableError } from '@nexova/kernel';
import { claimKey, fingerprintOf, isNotSaved, saveRecord } from './idempotency-store';

export type IdempotentCallInput = {
  /** Who may replay it (workspace + principal + surface): keys of different callers never meet. */
  scope: string;
  /** The caller's key (1–255 visible ASCII characters). */
  key: string;
  /** What "the same call" means: an operation name and its arguments. */
  operation: string;
  args: unknown;
  ttlHours: number;
};

/**
 * The Idempotency-Key store (http.idempotency_keys) for calls that are not one HTTP request each —
 * an MCP tool call: one transaction takes the key's advisory lock, answers a finished call's stored
 * JSON (`replayed`), else runs `run` with the transaction's context and stores its answer with the
 * commit. Another call with the key still running → 409 idempotency_key_in_use; the key reused with
 * other arguments → 422 idempotency_key_reused; `run` throwing stores nothing (a retry runs again).
 */
export async function idempotentCall<T>(
  ctx: AppContext,
  input: IdempotentCallInput,
  run: (t: AppContext) => Promise<T>,
): Promise<{ value: T; replayed: boolean }> {
  const fingerprint = fingerprintOf('CALL', input.operation, input.args);
  try {
    return await withTransaction(ctx, async (t) => {
      const { locked, existing } = await claimKey(t.tx, input.scope, input.key);
      if (existing) {
        if (existing.fingerprint !== fingerprint) throw reused();
        return { value: JSON.parse(existing.body) as T, replayed: true };
      }
      if (!locked) throw inUse();
      const value = await run(t);
      const body = JSON.stringify(value ?? null);
      await saveRecord(t.tx, {
        scope: input.scope,
        key: input.key,
        workspaceId: ctx.workspaceId ?? null,
        fingerprint,
        status: 200,
        headers: {},
        body,
        ttlHours: input.ttlHours,
      });
      return { value: JSON.parse(body) as T, replayed: false };
    });
  } catch (error) {
    if (isNotSaved(error)) throw inUse();
    throw error;
  }
}

const inUse = () =>
  new ConflictError('A call with this idempotency key is still being processed; retry later.', {
    code: 'idempotency_key_in_use',
  });
const reused = () =>
  new UnprocessableError('This idempotency key was used with a different call (tool or arguments).', {
    code: 'idempotency_key_reused',
  });
