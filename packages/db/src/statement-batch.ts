import { createHash } from 'node:crypto';
import pg from 'pg';
import { inlineLiterals } from './inline-literals';

// Fewer round trips on PostgreSQL (issue 11). Three kinds of statement never need their own:
// - `begin`, and statements marked DEFER (the transaction's workspace scope): nobody reads their
//   result, so they wait and ride in front of the next statement of the same transaction — in one
//   simple-protocol string when that statement has no parameters (the idempotency claim), sent just
//   before it otherwise; a transaction that ends before sending anything sends nothing at all;
//   writes marked DEFER_WRITE (deferred(): a row whose new value is known) ride the same way, but a
//   savepoint's release goes out with them, so their failure surfaces inside that savepoint;
// - statements marked AT_COMMIT (the idempotency record): sent with the `commit`, in one string, so
//   a failure among them fails the commit and everything rolls back;
// - statements marked AFTER_COMMIT (the post-commit NOTIFY, notify.ts): sent after the `commit` in
//   the same string, so they run only once it succeeded, in an implicit transaction of their own
//   (not holding the data transaction's locks); each distinct text once per transaction. A failure
//   of the NOTIFY itself (async.c: its queue is full) does not fail the commit that went before it;
// - `savepoint` and `release savepoint` are held back like the scope; a statement with parameters
//   that follows held-back statements is written with literals (inline-literals.ts) and rides in
//   the same string, unless that cannot be done safely;
// - the rest, when they carry parameters, become named prepared statements (parsed and planned once
//   per connection, not on every call): the name is a hash of the text. A connection keeps at most
//   `maxPrepared` of them (texts past that run unnamed), and a new connection — after a restart —
//   starts with none, so each is prepared again on first use.
// Markers are SQL comments: on PGlite, which takes none of these paths, the text runs as written.

/** Marks a statement whose result nobody reads: it rides with the next statement. */
export const DEFER = '/* nexova:defer */ ';
/**
 * A DEFER statement that writes (inline-params.ts deferred): it rides with the next statement too,
 * except that a `release savepoint` is not held back while one waits — the release goes out with
 * it, so a failure of the write surfaces inside its savepoint (a consumer's slow path attributes it
 * to its event), not at whatever the transaction sends next.
 */
export const DEFER_WRITE = `${DEFER}/* write */ `;
/** Marks a statement sent with the transaction's COMMIT (its result is not returned). */
export const AT_COMMIT = '/* nexova:at-commit */ ';
/** Marks a statement sent right after the transaction's COMMIT, in the same round trip (a NOTIFY). */
export const AFTER_COMMIT = '/* nexova:after-commit */ ';
/**
 * An after-commit statement that is a bare select list (notify.ts): all of a transaction's are sent
 * as ONE select of their lists — one implicit transaction after the COMMIT instead of one each.
 */
export const AFTER_COMMIT_SELECT = `${AFTER_COMMIT}select `;

/** A literal for SQL text built by hand (E'…' when it holds a backslash): never user text unquoted. */
export const literal = (value: string): string => pg.escapeLiteral(value);

/** literal(value), or `null` for a missing value. */
export const literalOrNull = (value: string | null | undefined): string =>
  value === null || value === undefined ? 'null' : literal(value);

type QueryConfig = { text: string; name?: string; values?: unknown[]; rowMode?: string; types?: unknown };
type Sent = pg.QueryResult | pg.QueryResult[];
type Send = (config: QueryConfig, values?: unknown[]) => Promise<Sent>;

const fake = (command: string): pg.QueryResult => ({ command, rowCount: 0, oid: 0, rows: [], fields: [] });

/**
 * What one pooled connection holds back. `deferred` starts with 'begin' while the transaction has
 * sent nothing yet; `open` is true once it has (or when a begin went out as written); `marks` holds,
 * per open savepoint, how many at-commit texts there were when it was taken.
 */
type State = {
  deferred: string[];
  /** Each at-commit text with the workspace scope statement in force when it was queued. */
  atCommit: { scope: string | undefined; text: string }[];
  /** The last workspace scope statement of the open transaction (sent or still deferred). */
  scope: string | undefined;
  afterCommit: string[];
  open: boolean;
  marks: Map<string, number>;
};

/** The result of the one statement the caller sent, out of a string with `skip` before it and `trailing` after. */
const single = (result: Sent, skip: number, trailing = 0): Sent => {
  if (!Array.isArray(result)) return result;
  const rest = result.slice(skip, result.length - trailing);
  return rest.length === 1 ? (rest[0] as pg.QueryResult) : rest;
};

/** The error came from a NOTIFY after the COMMIT (PostgreSQL's async.c), so the commit itself went through. */
const fromNotify = (error: unknown) => (error as { file?: string } | null)?.file === 'async.c';

const inTransaction = (state: State) => state.open || state.deferred[0] === 'begin';

function end(state: State, config: QueryConfig, send: Send): Promise<Sent> {
  const { deferred, atCommit, afterCommit } = state;
  const unsent = deferred[0] === 'begin';
  state.deferred = [];
  state.atCommit = [];
  state.scope = undefined;
  state.afterCommit = [];
  state.open = false;
  state.marks.clear();
  if (config.text === 'rollback') return unsent ? Promise.resolve(fake('ROLLBACK')) : send(config);
  // Nothing was sent, so nothing was written: nobody to wake either.
  if (unsent && atCommit.length === 0) return Promise.resolve(fake('COMMIT'));
  const ahead = [...deferred, ...inScope(atCommit)];
  if (ahead.length === 0 && afterCommit.length === 0) return send(config);
  const after = mergeSelects(afterCommit);
  return send({ text: [...ahead, 'commit', ...after].join(';\n') }).then(
    (result) => single(result, ahead.length, after.length),
    (error) => (fromNotify(error) ? fake('COMMIT') : Promise.reject(error)),
  );
}

/** The after-commit texts with every bare select list (AFTER_COMMIT_SELECT) folded into the first one's select. */
function mergeSelects(texts: string[]): string[] {
  const lists = texts.filter((t) => t.startsWith(AFTER_COMMIT_SELECT));
  if (lists.length < 2) return texts;
  const merged = AFTER_COMMIT_SELECT + lists.map((t) => t.slice(AFTER_COMMIT_SELECT.length)).join(', ');
  return [merged, ...texts.filter((t) => !t.startsWith(AFTER_COMMIT_SELECT))];
}

/** The statement that points the transaction at a workspace (transaction.ts setScope), for row-level security. */
const SCOPE = /set_config\('app\.workspace_id'/;

/**
 * The at-commit texts, each run under the workspace scope it was queued in: a consumer's transaction
 * moves between workspaces, and an outbox row queued for one must pass that one's row-level check at
 * commit, not the check of whatever workspace the transaction points at by then.
 */
function inScope(atCommit: State['atCommit']): string[] {
  const texts: string[] = [];
  let current: string | undefined;
  for (const { scope, text } of atCommit) {
    if (scope !== undefined && scope !== current) texts.push(scope);
    current = scope ?? current;
    texts.push(text);
  }
  return texts;
}

const SAVEPOINT = /^(savepoint|release savepoint) \w+$/;

/** Savepoints: an at-commit text registered inside one that is rolled back is dropped with it. */
function markSavepoint(state: State, text: string): void {
  const taken = /^savepoint (\w+)$/.exec(text);
  if (taken?.[1]) state.marks.set(taken[1], state.atCommit.length);
  const undone = /^rollback to savepoint (\w+)$/.exec(text);
  const mark = undone?.[1] ? state.marks.get(undone[1]) : undefined;
  if (mark !== undefined) state.atCommit.length = mark;
}

function plan(state: State, config: QueryConfig, values: unknown[] | undefined, send: Send): Promise<Sent> {
  const text = config.text;
  const params = values ?? config.values;
  const simple = !config.name && (!params || params.length === 0);
  if (simple) {
    if (text === 'begin' && !inTransaction(state)) {
      state.deferred.push('begin');
      return Promise.resolve(fake('BEGIN'));
    }
    if (text === 'commit' || text === 'rollback') return end(state, config, send);
    if (text.startsWith(DEFER) && inTransaction(state)) {
      if (SCOPE.test(text)) state.scope = text;
      state.deferred.push(text);
      return Promise.resolve(fake('SELECT'));
    }
    if (text.startsWith(AT_COMMIT) && inTransaction(state)) {
      state.atCommit.push({ scope: state.scope, text });
      return Promise.resolve(fake('INSERT'));
    }
    if (text.startsWith(AFTER_COMMIT) && inTransaction(state)) {
      if (!state.afterCommit.includes(text)) state.afterCommit.push(text);
      return Promise.resolve(fake('SELECT'));
    }
    markSavepoint(state, text);
    // A savepoint and its release answer nothing anyone reads: they ride with the next statement
    // (a release while a deferred write waits goes out with it: DEFER_WRITE).
    const flushes = text.startsWith('release') && state.deferred.some((d) => d.startsWith(DEFER_WRITE));
    if (SAVEPOINT.test(text) && inTransaction(state) && !flushes) {
      state.deferred.push(text);
      return Promise.resolve(fake('SAVEPOINT'));
    }
  }
  if (/^\s*begin\b/i.test(text)) state.open = true;
  const ahead = state.deferred;
  if (ahead.length === 0) return send(config, values);
  state.deferred = [];
  state.open = true;
  const inline = simple ? text : config.name ? undefined : inlineLiterals(text, params ?? []);
  if (inline !== undefined) {
    return send({ ...config, text: [...ahead, inline].join(';\n'), values: undefined }).then((result) =>
      single(result, ahead.length),
    );
  }
  return send({ text: ahead.join(';\n') }).then(() => send(config, values));
}

/** The name of a parameterised statement's prepared form: the same text, the same name. */
const nameOf = (text: string) => `n${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;

/**
 * Wraps every connection the pool opens (register after the statement counter, so only what is
 * really sent is counted): deferred statements, statements sent with (or right after) the commit,
 * named prepared statements. Calls with a callback or a submittable (pool.query's own, cursors) pass through.
 */
export function batchPoolStatements(pool: pg.Pool, options: { maxPrepared: number }): void {
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as unknown as (...args: unknown[]) => unknown;
    const prepared = new Set<string>();
    const state: State = {
      deferred: [],
      atCommit: [],
      scope: undefined,
      afterCommit: [],
      open: false,
      marks: new Map(),
    };
    const send: Send = (config, values) => {
      const params = values ?? config.values;
      if (config.name || !params || params.length === 0 || options.maxPrepared === 0) {
        return query(config, values) as Promise<Sent>;
      }
      const name = nameOf(config.text);
      if (!prepared.has(name)) {
        if (prepared.size >= options.maxPrepared) return query(config, values) as Promise<Sent>;
        prepared.add(name);
      }
      return query({ ...config, name }, values) as Promise<Sent>;
    };
    client.query = function batched(config: unknown, values?: unknown, callback?: unknown) {
      const plain = typeof config === 'string' ? { text: config } : (config as QueryConfig);
      const usual =
        typeof callback === 'function' ||
        typeof values === 'function' ||
        typeof (plain as { submit?: unknown }).submit === 'function' ||
        typeof plain.text !== 'string';
      if (usual) {
        if (state.deferred.length > 0) throw new Error('statement-batch: a callback query inside a transaction');
        return query(config, values, callback);
      }
      return plan(state, plain, values as unknown[] | undefined, send);
    } as typeof client.query;
  });
}
