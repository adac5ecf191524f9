import { useEffect, useRef, useState } from 'react';
import { can } from '../../api/permissions';
import type { Session } from '../../api/session';

/** One event of the workspace's feed (GET /api/v1/ws): its envelope, as the API documents it. */
export type FeedEvent = { id: string; type: string; aggregate?: { id?: string }; payload?: Record<string, unknown> };
/** `off`: the member's role lacks events:subscribe, so there is no feed to follow (the screen polls). */
export type FeedState = 'connecting' | 'live' | 'reconnecting' | 'off';

// Backoff between reconnects: doubled per failed attempt, capped, reset once the feed is live again.
const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;

function feedUrl(session: Session, lastEventId: string | null): string | null {
  const token = session.api.tokens?.access_token;
  if (!token || !session.workspace) return null;
  const query = new URLSearchParams({ access_token: token, workspace_id: session.workspace.id });
  if (lastEventId) query.set('last_event_id', lastEventId);
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}/api/v1/ws?${query}`;
}

/**
 * Follows the workspace's realtime feed while mounted: every event goes to `onEvent`. When the socket
 * drops it reconnects on its own (with backoff), resuming after the last event received so nothing is
 * missed, and says so: the state is `reconnecting` until the server's ready frame arrives again.
 * Before reconnecting it makes one API call, which refreshes an expired access token.
 */
export function useFeed(session: Session | null, onEvent: (event: FeedEvent) => void): FeedState {
  const allowed = can(session?.permissions ?? [], 'events:subscribe');
  const [state, setState] = useState<FeedState>(allowed ? 'connecting' : 'off');
  const handler = useRef(onEvent);
  handler.current = onEvent;

  useEffect(() => {
    if (!session || !allowed) return;
    let socket: WebSocket | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let lastEventId: string | null = null;
    let delay = FIRST_RETRY_MS;

    const retry = () => {
      if (stopped) return;
      setState('reconnecting');
      timer = setTimeout(() => void connect(true), delay);
      delay = Math.min(delay * 2, MAX_RETRY_MS);
    };

    async function connect(again: boolean) {
      if (stopped || !session) return;
      // A cheap call first: the client refreshes the access token when the API says it expired.
      if (again) await session.api.me.get().catch(() => undefined);
      const url = feedUrl(session, lastEventId);
      if (!url || stopped) return;
      socket = new WebSocket(url);
      socket.onmessage = (message) => {
        const frame = JSON.parse(String(message.data)) as FeedEvent & { type: string };
        if (frame.type === 'ready') {
          delay = FIRST_RETRY_MS;
          setState('live');
          // Resumed or not, what the screen shows may be stale after a gap: tell it to refresh.
          if (again) handler.current({ id: '', type: 'feed.resumed' });
          return;
        }
        lastEventId = frame.id;
        handler.current(frame);
      };
      socket.onclose = () => {
        socket = null;
        retry();
      };
    }

    void connect(false);
    return () => {
      stopped = true;
      clearTimeout(timer);
      if (socket) {
        socket.onclose = null;
        socket.close();
      }
    };
  }, [session, allowed]);

  return allowed ? state : 'off';
}
