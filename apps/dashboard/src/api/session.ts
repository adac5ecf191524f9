import { createClient, type NexovaClient, NexovaError } from '@nexova/client';
import { useSyncExternalStore } from 'react';
import { i18n, languageOf, setLanguage, userLanguage } from '../i18n';
import { clearApiCache } from '../offline/register';
import type { Me, Workspace } from './types';

/**
 * The signed-in state, kept in memory only (tokens included: a reload asks to sign in again). The
 * client refreshes the access token with the refresh token when the API says it expired.
 */
export type Session = {
  me: Me;
  workspaces: Workspace[];
  workspace: Workspace | undefined;
  /** The member's grants in the current workspace (wildcards allowed). */
  permissions: string[];
  /** Calls scoped to the current workspace. */
  api: NexovaClient;
};

const WORKSPACE_KEY = 'nexova.workspace';
// The client sends the page's language, so problem+json titles and details come back translated.
const headers: Record<string, string> = { 'accept-language': i18n.language };
i18n.on('languageChanged', (language) => {
  headers['accept-language'] = language;
});

const newClient = () => createClient({ baseUrl: window.location.origin, headers });
let client = newClient();
let session: Session | null = null;
const listeners = new Set<() => void>();

function publish(next: Session | null): void {
  session = next;
  for (const listener of listeners) listener();
}

export const getSession = (): Session | null => session;

export function useSession(): Session | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => session,
  );
}

/** The member's permissions: their role's grants (`*` for Owner and Admin when roles are not readable). */
async function permissionsIn(workspace: Workspace | undefined): Promise<string[]> {
  if (!workspace?.role) return [];
  try {
    const scoped = client.withWorkspace(workspace.id);
    for await (const role of scoped.roles.listAll({ query: { limit: 200 } }))
      if (role.name === workspace.role) return role.permissions;
    return [];
  } catch (error) {
    if (error instanceof NexovaError && error.status === 403)
      return workspace.role === 'Owner' || workspace.role === 'Admin' ? ['*'] : [];
    throw error;
  }
}

async function enter(workspaces: Workspace[], me: Me, wanted: string | null): Promise<void> {
  const workspace = workspaces.find((w) => w.id === wanted) ?? workspaces[0];
  if (workspace) localStorage.setItem(WORKSPACE_KEY, workspace.id);
  // The workspace's language unless the member picked one.
  if (workspace && !userLanguage()) await i18n.changeLanguage(languageOf(workspace.settings.locale));
  const permissions = await permissionsIn(workspace);
  const api = workspace ? client.withWorkspace(workspace.id) : client;
  publish({ me, workspaces, workspace, permissions, api });
}

async function myWorkspaces(): Promise<Workspace[]> {
  const workspaces: Workspace[] = [];
  for await (const workspace of client.workspaces.listAll({ query: { limit: 200 } })) workspaces.push(workspace);
  return workspaces;
}

export async function signIn(email: string, password: string, wanted?: string): Promise<void> {
  client = newClient();
  await client.signIn({ email, password });
  const me = await client.me.get();
  await enter(await myWorkspaces(), me, wanted ?? localStorage.getItem(WORKSPACE_KEY));
}

/** Reads the member's workspaces again (after creating or joining one) and enters `wanted`. */
export async function reloadWorkspaces(wanted: string): Promise<void> {
  if (!session) return;
  await enter(await myWorkspaces(), session.me, wanted);
}

/** A client with no sign-in, for the pages before it (register, password reset, invitations). */
export const publicClient = (): NexovaClient => newClient();

/** The signed-in client without a workspace (creating one, accepting an invitation). */
export const accountClient = (): NexovaClient => client;

export async function switchWorkspace(id: string): Promise<void> {
  if (!session) return;
  await enter(session.workspaces, session.me, id);
}

export async function signOut(): Promise<void> {
  const refresh = client.tokens?.refresh_token;
  publish(null);
  clearApiCache();
  if (refresh) await client.auth.logout({ body: { refresh_token: refresh } }).catch(() => undefined);
  client = newClient();
}

export { setLanguage };
