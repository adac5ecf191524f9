import { randomUUID } from 'node:crypto';
import type { TestApp } from '@nexova/app';
import { ensureUser } from '@nexova/identity';
import { systemContext } from '@nexova/kernel';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** A caller of /api/v1 with fixed headers (PUT included; a fresh Idempotency-Key on POST). */
export function caller(app: TestApp, headers: Record<string, string>) {
  return (method: Method, url: string, payload?: unknown, extra: Record<string, string> = {}) =>
    app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...headers, ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}), ...extra },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
}
export type Caller = ReturnType<typeof caller>;

/** A platform administrator's Authorization header. */
export async function platformAdmin(app: TestApp): Promise<Record<string, string>> {
  const email = `catalog-admin-${randomUUID()}@example.com`;
  const ctx = { ...systemContext(), db: app.database.db };
  const { password } = await ensureUser({
    ctx,
    input: { email, firstName: 'Cat', lastName: 'Admin', isPlatformAdmin: true },
  });
  const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  return { authorization: `Bearer ${(login.json() as { access_token: string }).access_token}` };
}

export type Entry = {
  id: string;
  name: string;
  standard_name: string;
  alias: string | null;
  locale: string;
  hidden: boolean;
  code: string | null;
  key: string | null;
  duration_minutes: number | null;
  price: number | null;
  currency: string | null;
  preparation_notes: string | null;
  overridden: string[];
  version: number;
  source: string;
};

/** Every entry of a catalog list, following next_cursor. */
export async function listAll(call: Caller, path: string, pageSize = 7): Promise<Entry[]> {
  const items: Entry[] = [];
  let cursor: string | null = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const res = await call(
      'GET',
      `${path}${sep}limit=${pageSize}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    if (res.statusCode !== 200) throw new Error(`${path} → ${res.statusCode} ${res.body}`);
    const page = res.json() as { items: Entry[]; next_cursor: string | null };
    items.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor);
  return items;
}
