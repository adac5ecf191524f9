import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { Session } from '../api/session';
import { entriesOf, type OfflineWrite, type OutboxEntry, replay, subscribe, type Writer, write } from './outbox';

/** The session as the outbox sees it: who writes, where, through which client. */
export function writerOf(session: Session): Writer | null {
  if (!session.workspace) return null;
  return {
    userId: session.me.id,
    workspaceId: session.workspace.id,
    request: (method, path, input) => session.api.request(method, path, input),
  };
}

/** The browser's view of the connection (`online`/`offline` events). */
export function useOnline(): boolean {
  return useSyncExternalStore(
    (listener) => {
      window.addEventListener('online', listener);
      window.addEventListener('offline', listener);
      return () => {
        window.removeEventListener('online', listener);
        window.removeEventListener('offline', listener);
      };
    },
    () => navigator.onLine,
  );
}

/** The signed-in member's outbox in this workspace, kept current. */
export function useOutbox(session: Session | null): OutboxEntry[] {
  const [entries, setEntries] = useState<OutboxEntry[]>([]);
  const userId = session?.me.id;
  const workspaceId = session?.workspace?.id;
  useEffect(() => {
    if (!userId || !workspaceId) return setEntries([]);
    let live = true;
    const load = () => void entriesOf({ userId, workspaceId }).then((next) => live && setEntries(next));
    load();
    const unsubscribe = subscribe(load);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [userId, workspaceId]);
  return entries;
}

// Tried again this often while writes wait, besides every `online` event and every sign-in.
const RETRY_MS = 30_000;

/**
 * Sends waiting writes when they can go: on entering a workspace, when the browser says it is back
 * online, and every 30 s while any wait. Mounted once, by the shell.
 */
export function useReplay(session: Session | null): void {
  const queryClient = useQueryClient();
  const entries = useOutbox(session);
  const waiting = entries.some((entry) => entry.state === 'queued');
  useEffect(() => {
    const writer = session && writerOf(session);
    if (!writer) return;
    // What the screens show was read before these writes landed: read it again.
    const run = () =>
      void replay(writer)
        .then((report) => {
          if (report.sent + report.conflicts + report.failed > 0) void queryClient.invalidateQueries();
        })
        .catch(() => undefined);
    run();
    window.addEventListener('online', run);
    const timer = waiting ? window.setInterval(run, RETRY_MS) : undefined;
    return () => {
      window.removeEventListener('online', run);
      window.clearInterval(timer);
    };
  }, [session, waiting, queryClient]);
}

/** `write` bound to the session: a screen calls it for the writes that may be made offline. */
export function useOfflineWrite(session: Session | null) {
  return useCallback(
    <T = unknown>(change: OfflineWrite) => {
      const writer = session && writerOf(session);
      if (!writer) throw new Error('No workspace to write to.');
      return write<T>(writer, change);
    },
    [session],
  );
}
