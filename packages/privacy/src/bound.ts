import type { AppContext } from '@nexova/db';
import { type Kms, localKms } from './kms';

// Which KMS a database's personal data is wrapped with. The composition binds the configured KMS to
// each database handle it opens (API pool, workers' pool, CLI), so every use-case — in any module,
// from a request, a consumer or a worker — reaches it through the context it already has, without a
// global and without threading a `kms` argument through every front door that touches a person.
const bound = new WeakMap<object, Kms>();

// Unbound handles (a test opening a bare database) use the published development key, like
// `localKms(undefined)`; data written that way does not open under a configured secret: loud, not silent.
let development: Kms | undefined;

export function bindKms(db: object, kms: Kms): void {
  bound.set(db, kms);
}

export function kmsOf(ctx: Pick<AppContext, 'db'>): Kms {
  const kms = bound.get(ctx.db);
  if (kms) return kms;
  development ??= localKms(undefined);
  return development;
}
