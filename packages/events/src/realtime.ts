import websocket from '@fastify/websocket';
import type { DatabaseHandle } from '@nexova/db';
import { definePermissions } from '@nexova/http';
import { sql } from 'drizzle-orm';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { registeredEvents } from './define-event';
import { LOG_COLUMNS, type LogRow, toEnvelope } from './log-row';
import { Wakeup } from './wakeup';

definePermissions({ 'events:subscribe': "Receive the workspace's events live over /api/v1/ws (the dashboard)." });

/** The permission a subscriber needs to receive an event type: its declared one, else `<domain>:read`. */
export function eventPermission(type: string): string {
  const declared = registeredEvents().find((e) => e.type === type)?.permission;
  return declared ?? `${type.split('.')[0]}:read`;
}

/** Who is on the socket: their workspace and whether they may see an event type. */
export type RealtimePrincipal = { workspaceId: string; canSee(type: string): boolean };

export type RealtimeOptions = {
  database: DatabaseHandle;
  /** Resolves the caller from the upgrade request (access token); null answers 401. */
  authenticate(request: FastifyRequest): Promise<RealtimePrincipal | null>;
  pollIntervalMs?: number;
};

type Cursor = { txid: string; position: string | number };

const rowsOf = async <T>(db: DatabaseHandle['db'], query: ReturnType<typeof sql>) =>
  ((await db.execute(query)) as unknown as { rows: T[] }).rows;

/**
 * `GET /ws`: a WebSocket streaming the caller's workspace events as they commit (log order, the
 * same visibility rule as consumers), each one the caller may see; `?last_event_id=` (or a
 * `last-event-id` header) replays what came after that event first.
 */
export function realtimeRoutes(options: RealtimeOptions): FastifyPluginAsync {
  return async (app) => {
    if (!app.hasDecorator('websocketServer')) await app.register(websocket);
    const wakeup = new Wakeup(options.database);
    await wakeup.start();
    app.addHook('onClose', async () => wakeup.stop());
    const pollMs = options.pollIntervalMs ?? 250;
    const db = options.database.db;

    const startCursor = async (workspaceId: string, lastEventId: string | undefined): Promise<Cursor> => {
      if (lastEventId && /^[0-9a-f-]{36}$/i.test(lastEventId)) {
        const [row] = await rowsOf<Cursor>(
          db,
          sql`select txid::text as txid, position from events.outbox where id = ${lastEventId} and workspace_id = ${workspaceId}`,
        );
        if (row) return row;
      }
      const [h] = await rowsOf<{ xmin: string }>(db, sql`select pg_snapshot_xmin(pg_current_snapshot())::text as xmin`);
      // Everything below the horizon has been committed before this connection: start after it.
      const [top] = await rowsOf<Cursor>(
        db,
        sql`select txid::text as txid, position from events.outbox where txid < ${h?.xmin}::xid8
            order by txid desc, position desc limit 1`,
      );
      return top ?? { txid: '0', position: 0 };
    };

    app.get(
      '/ws',
      {
        websocket: true,
        config: { auth: 'workspace', permission: 'events:subscribe', rateLimit: false },
        schema: { hide: true },
        preValidation: async (request, reply) => {
          const principal = await options.authenticate(request);
          if (!principal) {
            await reply.code(401).type('application/problem+json').send({
              type: 'about:blank',
              title: 'Unauthorized',
              status: 401,
              detail: 'A valid access token is required.',
            });
            return reply;
          }
          (request as FastifyRequest & { realtime?: RealtimePrincipal }).realtime = principal;
        },
      },
      async (socket, request) => {
        const principal = (request as FastifyRequest & { realtime?: RealtimePrincipal }).realtime as RealtimePrincipal;
        const query = request.query as { last_event_id?: string };
        const header = request.headers['last-event-id'];
        let cursor = await startCursor(
          principal.workspaceId,
          query.last_event_id ?? (typeof header === 'string' ? header : undefined),
        );
        let open = true;
        let busy = false;
        let again = false;
        const pump = async (): Promise<void> => {
          if (!open) return;
          if (busy) {
            again = true; // a wake-up while reading: read once more afterwards
            return;
          }
          busy = true;
          again = false;
          try {
            for (;;) {
              const rows = await rowsOf<LogRow>(
                db,
                sql`select ${sql.raw(LOG_COLUMNS)} from events.outbox
                    where workspace_id = ${principal.workspaceId}
                      and (txid, position) > (${cursor.txid}::xid8, ${cursor.position}::bigint)
                      and txid < pg_snapshot_xmin(pg_current_snapshot())
                    order by txid, position limit 500`,
              );
              for (const row of rows) {
                if (!open) return;
                if (principal.canSee(row.type)) socket.send(JSON.stringify(toEnvelope(row)));
                cursor = { txid: row.txid, position: row.position };
              }
              if (rows.length < 500) break;
            }
          } catch (error) {
            request.log.warn({ err: error }, 'realtime feed query failed');
          } finally {
            busy = false;
          }
          if (again) return pump();
        };
        const unsubscribe = wakeup.onWake(() => void pump());
        const timer = setInterval(() => void pump(), pollMs);
        socket.on('close', () => {
          open = false;
          unsubscribe();
          clearInterval(timer);
        });
        await pump();
      },
    );
  };
}
