import websocket from '@fastify/websocket';
import type { DatabaseHandle } from '@nexova/db';
import { definePermissions } from '@nexova/http';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { findEvent, registeredEvents } from './define-event';
import { toEnvelope } from './log-row';
import { type RealtimeReadyFrame, realtimeOpenApi } from './realtime.schema';
import { eventsAfter, startCursor } from './realtime-feed';
import { Wakeup } from './wakeup';

/** Events read per query while catching up. */
const PAGE = 500;

definePermissions({ 'events:subscribe': "Receive the workspace's events live over /api/v1/ws (the dashboard)." });

/** The permission a subscriber needs to receive an event type: its declared one, else `<domain>:read`. */
export function eventPermission(type: string): string {
  const declared = registeredEvents().find((e) => e.type === type)?.permission;
  return declared ?? `${type.split('.')[0]}:read`;
}

/**
 * Who is on the socket: their workspace and whether they may see an event type; `recheck` answers
 * the same as of now (null once they signed out, their token expired or they left the workspace).
 */
export type RealtimePrincipal = {
  workspaceId: string;
  /** The user on the socket (null for an API key): receives the events addressed to them. */
  userId?: string | null;
  canSee(type: string): boolean;
  recheck?(): Promise<RealtimePrincipal | null>;
};

/** WebSocket close code for a caller whose access ended (the 4000s are the application's; 4401 mirrors 401). */
export const ACCESS_ENDED_CLOSE_CODE = 4401;

export type RealtimeOptions = {
  database: DatabaseHandle;
  /** Resolves the caller from the upgrade request (access token); null answers 401. */
  authenticate(request: FastifyRequest): Promise<RealtimePrincipal | null>;
  pollIntervalMs?: number;
  /** How often an open socket checks its caller again (recheck); default 30 s. */
  recheckIntervalMs?: number;
};

/**
 * `GET /ws`: a WebSocket streaming the caller's workspace events as they commit (log order, the
 * same visibility rule as consumers), each one the caller may see; `?last_event_id=` (or a
 * `last-event-id` header) replays what came after that event first. The first frame is always
 * the ready frame (RealtimeReadyFrame), sent once the subscription is in place.
 */
export function realtimeRoutes(options: RealtimeOptions): FastifyPluginAsync {
  return async (app) => {
    if (!app.hasDecorator('websocketServer')) await app.register(websocket);
    const wakeup = new Wakeup(options.database);
    await wakeup.start();
    app.addHook('onClose', async () => wakeup.stop());
    const pollMs = options.pollIntervalMs ?? 250;
    const db = options.database.db;

    app.get(
      '/ws',
      {
        websocket: true,
        config: {
          auth: 'workspace',
          permission: 'events:subscribe',
          rateLimit: false,
          // @fastify/websocket hides the route from OpenAPI; this puts its documentation back. A
          // per-route transform replaces the app's, so the route facts the OpenAPI defaults read
          // (x-nexova-route: security, workspace header, error responses) are given here.
          swaggerTransform: ({ url }) => ({
            schema: {
              ...realtimeOpenApi,
              'x-nexova-route': { auth: 'workspace', permission: 'events:subscribe', rate_limited: false },
            },
            url,
          }),
        },
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
        let principal = (request as FastifyRequest & { realtime?: RealtimePrincipal }).realtime as RealtimePrincipal;
        const query = request.query as { last_event_id?: string };
        const header = request.headers['last-event-id'];
        const start = await startCursor(
          db,
          principal.workspaceId,
          query.last_event_id ?? (typeof header === 'string' ? header : undefined),
        );
        let cursor = start.cursor;
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
              const rows = await eventsAfter(db, principal.workspaceId, cursor, PAGE);
              for (const row of rows) {
                if (!open) return;
                if (principal.canSee(row.type)) {
                  const envelope = toEnvelope(row);
                  if (!addressedToOther(envelope, principal)) socket.send(JSON.stringify(envelope));
                }
                cursor = { txid: row.txid, position: row.position };
              }
              if (rows.length < PAGE) break;
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
        // A socket outlives the token that opened it: the caller is checked again, and a caller who
        // signed out, whose token expired or who lost access is disconnected (the client signs in
        // again and reconnects with last_event_id, missing nothing). New grants apply as they come.
        const recheck = setInterval(async () => {
          if (!open || !principal.recheck) return;
          try {
            const now = await principal.recheck();
            if (!open) return;
            if (now) principal = now;
            else socket.close(ACCESS_ENDED_CLOSE_CODE, 'access ended: sign in again');
          } catch (error) {
            request.log.warn({ err: error }, 'realtime access check failed; trying again later');
          }
        }, options.recheckIntervalMs ?? 30_000);
        const end = () => {
          open = false;
          unsubscribe();
          clearInterval(timer);
          clearInterval(recheck);
        };
        socket.on('close', end);
        // Closed while the cursor was being placed: the close event has already gone by.
        if (socket.readyState !== socket.OPEN) return end();
        // Subscribed (cursor placed, wake-ups on): tell the client, then send what is already due.
        const ready: RealtimeReadyFrame = {
          type: 'ready',
          workspace_id: principal.workspaceId,
          resumed_after: start.resumedAfter,
        };
        socket.send(JSON.stringify(ready));
        await pump();
      },
    );
  };
}

/** An event addressed to one user (its contract's `addressedTo`) that is not the socket's user. */
function addressedToOther(envelope: { type: string; version: number; payload: unknown }, principal: RealtimePrincipal) {
  const field = findEvent(envelope.type, envelope.version)?.addressedTo;
  if (!field) return false;
  const to = (envelope.payload as Record<string, unknown> | null)?.[field];
  return !principal.userId || to !== principal.userId;
}
