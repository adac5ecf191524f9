/**
 * The first frame of every realtime feed, sent once the subscription is in place: every event that
 * commits after the client receives it will be delivered (and, when `resumed_after` is an event id,
 * every event after that one first). Event frames are envelopes whose `type` is a dotted event name;
 * this frame's `type` is the bare word `ready`, so the two never collide.
 */
export type RealtimeReadyFrame = {
  type: 'ready';
  workspace_id: string;
  /** The `last_event_id` the feed resumes after, or null when it starts live (none given, or unknown). */
  resumed_after: string | null;
};

/**
 * The OpenAPI entry of `GET /api/v1/ws`. @fastify/websocket hides WebSocket routes from the
 * document, so the route hands this to @fastify/swagger through `config.swaggerTransform`: plain
 * OpenAPI (no zod, no validation — the upgrade's query is read by the handler), protocol in the text.
 */
export const realtimeOpenApi = {
  operationId: 'subscribeEvents',
  summary: 'Live feed of the workspace events (WebSocket)',
  tags: ['events'],
  querystring: {
    type: 'object',
    properties: {
      access_token: { type: 'string', description: 'Access token (JWT), for clients that cannot send Authorization.' },
      workspace_id: {
        type: 'string',
        format: 'uuid',
        description: 'The workspace, for clients that cannot send x-workspace-id.',
      },
      last_event_id: {
        type: 'string',
        format: 'uuid',
        description: 'Resume after this event (the last one received): what was missed is replayed first.',
      },
    },
  },
  response: {
    101: {
      description: 'Switching Protocols: the WebSocket is open; the first frame is the ready frame.',
      type: 'null',
    },
  },
  description: `Upgrades to a WebSocket that streams the events of the workspace as they commit, in log order,
each one only if the caller's grants cover its permission (see docs/EVENTS.md). Needs \`events:subscribe\`.

**Connecting.** Browsers cannot set headers on a WebSocket, so the upgrade request may carry
\`?access_token=<JWT>&workspace_id=<uuid>\` instead of \`Authorization\` and \`x-workspace-id\`.
\`?last_event_id=<event id>\` (or a \`Last-Event-ID\` header) resumes after that event: what the client
missed is replayed first. Without a valid token the upgrade answers 401; without \`events:subscribe\`, 403.

**Frames** (server to client, JSON text):
1. First, exactly once, the ready frame \`{"type":"ready","workspace_id":"…","resumed_after":"<event id>"|null}\`,
   sent when the subscription is in place: every event committed after the client receives it is
   delivered. \`resumed_after\` is null when the feed starts live (no \`last_event_id\`, or one that is
   unknown or already swept): nothing older is replayed. Wait for it before acting on "from now on".
2. Then one frame per event: the event envelope (\`id\`, \`type\` such as \`orders.order.placed\`,
   \`version\`, \`occurred_at\`, \`workspace_id\`, \`aggregate\`, \`actor\`, \`request_id\`, \`correlation_id\`,
   \`causation_id\`, \`payload\`). Keep the last \`id\` to resume with after a reconnect.

The client sends nothing; closing the socket ends the subscription.`,
};
