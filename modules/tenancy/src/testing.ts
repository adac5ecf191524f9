// @nexova/tenancy/testing — helpers for integration tests of any module: sign up through the API,
// with a workspace of one's own or as a member of another's holding exactly some permissions.
import { randomUUID } from 'node:crypto';
import { tokenFromMail, waitForMailTo } from '@nexova/identity/testing';

type Injectable = {
  inject(options: {
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
    url: string;
    headers?: Record<string, string>;
    payload?: unknown;
  }): Promise<{ statusCode: number; json(): unknown; body: string }>;
  config: { NEXOVA_DATA_DIR: string };
};

export type TestWorkspace = {
  token: string;
  refreshToken: string;
  userId: string;
  email: string;
  workspaceId: string;
  /** Authorization + x-workspace-id: spread into inject({ headers }). */
  headers: Record<string, string>;
};

export const TEST_PASSWORD = 'correct horse battery staple';

async function call<T>(app: Injectable, method: 'GET' | 'POST', url: string, payload?: unknown, headers = {}) {
  const res = await app.inject({
    method,
    url,
    payload: payload as object,
    headers: { ...headers, ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}) },
  });
  if (res.statusCode >= 300) throw new Error(`${method} ${url} → ${res.statusCode}: ${res.body}`);
  return (res.body ? res.json() : null) as T;
}

/** Registers a user and signs them in; returns their tokens. */
export async function signUp(app: Injectable, email = `user-${randomUUID()}@example.com`) {
  const user = await call<{ id: string }>(app, 'POST', '/api/v1/auth/register', {
    email,
    password: TEST_PASSWORD,
    first_name: 'Test',
    last_name: 'User',
  });
  const tokens = await call<{ access_token: string; refresh_token: string }>(app, 'POST', '/api/v1/auth/login', {
    email,
    password: TEST_PASSWORD,
  });
  return { userId: user.id, email, token: tokens.access_token, refreshToken: tokens.refresh_token };
}

/**
 * For integration tests of any module: a new user with a new workspace, in one call. Without
 * `permissions` the user is the workspace's Owner (`*`); with them, the returned user is a second
 * member holding a custom role with exactly those grants (invited and accepted through the API);
 * with `owner` that member joins the given Owner's workspace instead of a new one.
 */
export async function signUpAndCreateWorkspace(
  app: Injectable,
  options: { permissions?: string[]; owner?: TestWorkspace } = {},
): Promise<TestWorkspace> {
  let ws: { id: string };
  let ownerHeaders: Record<string, string>;
  if (options.owner) {
    // Another member of that Owner's workspace.
    ws = { id: options.owner.workspaceId };
    ownerHeaders = options.owner.headers;
  } else {
    const owner = await signUp(app);
    const auth = { authorization: `Bearer ${owner.token}` };
    const slug = `ws-${randomUUID().slice(0, 18)}`;
    ws = await call<{ id: string }>(app, 'POST', '/api/v1/workspaces', { name: `Test ${slug}`, slug }, auth);
    ownerHeaders = { ...auth, 'x-workspace-id': ws.id };
    if (!options.permissions) return { ...owner, workspaceId: ws.id, headers: ownerHeaders };
  }

  const role = await call<{ id: string }>(
    app,
    'POST',
    '/api/v1/roles',
    {
      name: `role-${randomUUID().slice(0, 8)}`,
      permissions: options.permissions ?? ['*'],
    },
    ownerHeaders,
  );
  const member = await signUp(app);
  await call(app, 'POST', '/api/v1/invitations', { email: member.email, role_id: role.id }, ownerHeaders);
  const mail = await waitForMailTo(app.config.NEXOVA_DATA_DIR, member.email);
  const token = mail && tokenFromMail(mail);
  if (!token) throw new Error(`No invitation mail for ${member.email}`);
  const memberAuth = { authorization: `Bearer ${member.token}` };
  await call(app, 'POST', '/api/v1/invitations/accept', { token }, memberAuth);
  return { ...member, workspaceId: ws.id, headers: { ...memberAuth, 'x-workspace-id': ws.id } };
}
