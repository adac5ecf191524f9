import { type Database, queryRows, withTransaction } from '@nexova/db';
import { newId, systemActor } from '@nexova/kernel';
import { sql } from 'drizzle-orm';
import { handles } from './consumer';
import type { EventEnvelope } from './envelope';
import { LOG_COLUMNS, type LogRow, toEnvelope } from './log-row';
import { type ReadModel, retainedEventTypes } from './read-model';

export type RebuildProgress = { model: string; workspaceId: string; events: number; workspace: number; of: number };
export type RebuildResult = { model: string; workspaces: number; events: number };

/**
 * Empties a read model and replays the event log through its consumers, one workspace per
 * transaction (its old rows stay until the new ones commit; a failing event rolls that workspace
 * back). Events are read in log order, (txid, position), as the live consumers read them. Without
 * `workspaceId`, every workspace that has events of the model's types.
 */
export async function rebuildReadModel(
  db: Database,
  model: ReadModel,
  options: { workspaceId?: string; batchSize?: number; onProgress?: (p: RebuildProgress) => void } = {},
): Promise<RebuildResult> {
  // A Postgres array literal (event types are lower-case words and dots, nothing to quote).
  const types = `{${retainedEventTypes([model]).join(',')}}`;
  const batch = options.batchSize ?? 500;
  const workspaces = options.workspaceId
    ? [options.workspaceId]
    : (
        await queryRows<{ id: string }>(
          db,
          sql`select distinct workspace_id::text as id from events.outbox
              where workspace_id is not null and type = any(${types}::text[]) order by 1`,
        )
      ).map((r) => r.id);
  let total = 0;
  for (const [index, workspaceId] of workspaces.entries()) {
    const ctx = { workspaceId, actor: systemActor(`rebuild:${model.name}`), requestId: newId(), db };
    const events = await withTransaction(ctx, async (t) => {
      await model.reset(t);
      let after: [string, number] = ['0', 0];
      let count = 0;
      for (;;) {
        const rows = await queryRows<LogRow>(
          t.tx,
          sql`select ${sql.raw(LOG_COLUMNS)} from events.outbox o
              where o.workspace_id = ${workspaceId} and o.type = any(${types}::text[])
                and (o.txid, o.position) > (${after[0]}::xid8, ${after[1]}::bigint)
              order by o.txid, o.position limit ${batch}`,
        );
        const events = rows.map(toEnvelope);
        const ctxOf = (event: EventEnvelope) => ({
          ...t,
          causationId: event.id,
          correlationId: event.correlation_id ?? event.id,
        });
        // A model fed by one consumer with a batch handler takes the page at once; with several, the
        // consumers' writes interleave event by event, as they do live.
        const only = model.consumers.length === 1 ? model.consumers[0] : undefined;
        const mine = only ? events.filter((e) => handles(only, e.type, e.version)) : [];
        if (only?.handleBatch && mine.length > 0)
          await only.handleBatch({ ctx: ctxOf(mine[0] as EventEnvelope), events: mine, tx: t.tx } as Parameters<
            typeof only.handleBatch
          >[0]);
        else
          for (const event of events)
            for (const consumer of model.consumers)
              if (handles(consumer, event.type, event.version))
                await consumer.handle({ ctx: ctxOf(event), event, tx: t.tx } as Parameters<typeof consumer.handle>[0]);
        const last = rows.at(-1);
        if (last) after = [last.txid, Number(last.position)];
        count += rows.length;
        if (rows.length < batch) return count;
      }
    });
    total += events;
    options.onProgress?.({ model: model.name, workspaceId, events, workspace: index + 1, of: workspaces.length });
  }
  return { model: model.name, workspaces: workspaces.length, events: total };
}
