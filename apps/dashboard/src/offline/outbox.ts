import { NexovaError } from '@nexova/client';
import { clear, createStore, del, get, set, values } from 'idb-keyval';

/**
 * Writes made while the server cannot be reached wait here (IndexedDB, so they survive a reload or a
 * closed tab) with the Idempotency-Key they were first tried with, and are sent again, in the order
 * they were made, when the connection returns: a write the server already applied answers its stored
 * result instead of applying twice. A write whose resource changed meanwhile (412, its If-Match no
 * longer current) becomes a conflict for the member to settle (theirs or mine, pages/Sync.tsx).
 * Each entry belongs to one member in one workspace and is replayed only in that member's session.
 */

export type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A write as the screen describes it: the route template and its inputs, as `api.request` takes them. */
export type OfflineWrite = {
  method: WriteMethod;
  /** The route template, e.g. `/api/v1/stock/adjust`. */
  path: string;
  input?: {
    path?: Record<string, string>;
    query?: Record<string, string>;
    body?: unknown;
    /** e.g. `{ 'if-match': '"3"' }`: what the write was based on. */
    headers?: Record<string, string>;
  };
  /** What the write does, for the member: a key in the `offline` namespace's `labels` and its values. */
  label: { key: string; values?: Record<string, string | number> };
  /** A GET path of the resource the write changes, read to show "theirs" when it conflicts. */
  resource?: string;
};

export type OutboxEntry = OfflineWrite & {
  id: string;
  idempotencyKey: string;
  userId: string;
  workspaceId: string;
  createdAt: string;
  state: 'queued' | 'conflict' | 'failed';
  /** The server's answer that stopped it (conflict or failure): its problem+json. */
  problem?: { status: number; title?: string; detail?: string };
  /** The resource as the server has it now (conflicts), when `resource` was given. */
  theirs?: unknown;
};

/** Who is writing: the member and workspace of the session, and the client scoped to it. */
export type Writer = {
  userId: string;
  workspaceId: string;
  request(method: string, path: string, input?: Record<string, unknown>): Promise<unknown>;
};

const store = () => createStore('nexova-offline', 'outbox');
let db: ReturnType<typeof createStore> | undefined;
const outbox = () => {
  db ??= store();
  return db;
};

// Other tabs of the dashboard hear about changes too, so every header badge agrees.
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('nexova-offline');
const listeners = new Set<() => void>();
function changed(fromOtherTab = false): void {
  for (const listener of listeners) listener();
  if (!fromOtherTab) channel?.postMessage('changed');
}
channel?.addEventListener('message', () => changed(true));

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The writer's entries, oldest first. */
export async function entriesOf(writer: Pick<Writer, 'userId' | 'workspaceId'>): Promise<OutboxEntry[]> {
  const all = (await values<OutboxEntry>(outbox())).filter(
    (entry) => entry.userId === writer.userId && entry.workspaceId === writer.workspaceId,
  );
  return all.sort((a, b) => a.id.localeCompare(b.id));
}

/** Whether an error means the server was never reached (offline, DNS, connection refused…). */
export const unreachable = (error: unknown): boolean => error instanceof NexovaError && error.status === 0;

// Ids sort in creation order: milliseconds, then a counter for writes of the same millisecond.
let sequence = 0;
const newId = () => `${Date.now().toString(36).padStart(10, '0')}-${(sequence++).toString(36).padStart(4, '0')}`;

export type WriteResult<T> = { status: 'sent'; result: T } | { status: 'queued'; entry: OutboxEntry };

/**
 * Sends a write now; when the server cannot be reached it is kept and sent later (same key). Any
 * answer from the server — success or a problem — is returned or thrown as usual.
 */
export async function write<T = unknown>(writer: Writer, change: OfflineWrite): Promise<WriteResult<T>> {
  const idempotencyKey = globalThis.crypto.randomUUID();
  try {
    // Known offline: queue at once instead of waiting out the client's retries.
    if ((globalThis as { navigator?: { onLine?: boolean } }).navigator?.onLine === false)
      throw new NexovaError(0, undefined);
    const result = (await writer.request(change.method, change.path, { ...change.input, idempotencyKey })) as T;
    return { status: 'sent', result };
  } catch (error) {
    if (!unreachable(error)) throw error;
    const entry: OutboxEntry = {
      ...change,
      id: newId(),
      idempotencyKey,
      userId: writer.userId,
      workspaceId: writer.workspaceId,
      createdAt: new Date().toISOString(),
      state: 'queued',
    };
    await set(entry.id, entry, outbox());
    changed();
    return { status: 'queued', entry };
  }
}

let replaying: Promise<ReplayReport> | null = null;
export type ReplayReport = { sent: number; conflicts: number; failed: number; waiting: number };

/**
 * Sends the writer's queued entries in order with their own keys. Stops at the first that cannot
 * reach the server (the rest keep their order) or meets a 5xx/429 (tried again later). One replay at
 * a time per tab; a second call joins the first.
 */
export function replay(writer: Writer): Promise<ReplayReport> {
  replaying ??= (async () => {
    const report: ReplayReport = { sent: 0, conflicts: 0, failed: 0, waiting: 0 };
    const queued = (await entriesOf(writer)).filter((entry) => entry.state === 'queued');
    for (const [index, entry] of queued.entries()) {
      try {
        await writer.request(entry.method, entry.path, { ...entry.input, idempotencyKey: entry.idempotencyKey });
        await del(entry.id, outbox());
        report.sent++;
      } catch (error) {
        if (!(error instanceof NexovaError) || error.status === 0 || error.status === 429 || error.status >= 500) {
          report.waiting = queued.length - index;
          break;
        }
        const problem = { status: error.status, title: error.title, detail: error.detail };
        if (error.status === 412) {
          const theirs = entry.resource
            ? await writer.request('GET', entry.resource).catch(() => undefined)
            : undefined;
          await set(entry.id, { ...entry, state: 'conflict', problem, theirs }, outbox());
          report.conflicts++;
        } else {
          await set(entry.id, { ...entry, state: 'failed', problem }, outbox());
          report.failed++;
        }
      }
      changed();
    }
    return report;
  })().finally(() => {
    replaying = null;
  });
  return replaying;
}

/**
 * Settles a conflict. "mine" sends the write again based on the resource as it is now (its current
 * ETag as If-Match, a new Idempotency-Key: it is a new decision); "theirs" drops it.
 */
export async function settle(writer: Writer, entry: OutboxEntry, choice: 'mine' | 'theirs'): Promise<void> {
  if (choice === 'mine') {
    const version = (entry.theirs as { version?: unknown } | undefined)?.version;
    const headers = { ...entry.input?.headers };
    if (typeof version === 'number') headers['if-match'] = `"${version}"`;
    const body = entry.input?.body;
    // A body that also names the version it was based on (the deprecated `expected_version`) follows.
    const rebased =
      body && typeof body === 'object' && 'expected_version' in body && typeof version === 'number'
        ? { ...body, expected_version: version }
        : body;
    await writer.request(entry.method, entry.path, {
      ...entry.input,
      body: rebased,
      headers,
      idempotencyKey: globalThis.crypto.randomUUID(),
    });
  }
  await del(entry.id, outbox());
  changed();
}

/** Drops one entry (a failed write the member read, or a queued one they no longer want). */
export async function discard(entry: OutboxEntry): Promise<void> {
  await del(entry.id, outbox());
  changed();
}

/** Empties the outbox of this browser (every member's entries). */
export async function clearOutbox(): Promise<void> {
  await clear(outbox());
  changed();
}

export async function entry(id: string): Promise<OutboxEntry | undefined> {
  return get<OutboxEntry>(id, outbox());
}
