import { useEffect, useRef, useState } from 'react';
import { getSession } from '../../api/session';

/** How the screen stays current: the realtime feed, or a refetch on an interval while it is away. */
export type Liveness = 'live' | 'polling';

const MAX_BACKOFF_MS = 30_000;

/**
 * Calls `onEvent` for each workspace event whose type starts with one of `prefixes`, from the
 * realtime feed (GET /api/v1/ws, the token and workspace in the query as browsers cannot set
 * headers). Reconnects with a doubling backoff, resuming after the last event seen; while the feed
 * is down the answer is 'polling' and the caller refetches on an interval instead.
 */
export function useLiveEvents(prefixes: readonly string[], onEvent: () => void): Liveness {
  const [state, setState] = useState<Liveness>('polling');
  const handler = useRef(onEvent);
  handler.current = onEvent;
  const key = prefixes.join(',');

  useEffect(() => {
    let socket: WebSocket | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let backoff = 1000;
    let last: string | null = null;
    let stopped = false;
    const wanted = key.split(',');

    function connect() {
      const session = getSession();
      const token = session?.api.tokens?.access_token;
      if (!session?.workspace || !token || typeof WebSocket === 'undefined') return;
      const url = new URL('/api/v1/ws', window.location.href);
      url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
      url.searchParams.set('access_token', token);
      url.searchParams.set('workspace_id', session.workspace.id);
      if (last) url.searchParams.set('last_event_id', last);
      socket = new WebSocket(url);
      socket.onmessage = (message) => {
        const frame = JSON.parse(String(message.data)) as { type?: string; id?: string };
        if (frame.type === 'ready') {
          backoff = 1000;
          setState('live');
          handler.current(); // whatever happened while connecting
          return;
        }
        if (frame.id) last = frame.id;
        if (frame.type && wanted.some((p) => frame.type!.startsWith(p))) handler.current();
      };
      socket.onclose = () => {
        setState('polling');
        if (stopped) return;
        timer = setTimeout(connect, backoff);
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
      };
    }
    connect();
    return () => {
      stopped = true;
      clearTimeout(timer);
      socket?.close();
    };
  }, [key]);
  return state;
}
