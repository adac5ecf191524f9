import type { Config } from '@nexova/config';
import { type AppContext, type AuditWriter, withSavepoint, withTransaction } from '@nexova/db';
import { hasPermission } from '@nexova/http';
import { type Actor, AppError, newId } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import { toolExecutions } from '../db/schema';
import { findTool } from '../tools/registry';
import type { ToolSession } from '../tools/tool';

export const AGENT_ACTOR: Actor = { type: 'agent', id: 'nexova-agent' };

export type ToolResult = { ok: true; output: unknown } | { ok: false; error: { code: string; message: string } };

export type ExecuteToolInput = {
  tool: string;
  args: unknown;
  session: ToolSession;
  /** The inbound message this turn answers and the call's position in the turn: the idempotency key. */
  inboundMessageId: string;
  callIndex: number;
  /** The agent's role in the workspace (getAgentPermissions). */
  permissions: readonly string[];
  config: Config;
  /** The audit trail's writer: the call is recorded (actor `agent`, action agent.<tool>) when it changes something. */
  audit?: AuditWriter;
};

class ToolTimeoutError extends Error {}

const fail = (code: string, message: string): ToolResult => ({ ok: false, error: { code, message } });

/**
 * Runs one agent tool as the agent (actor `agent`, the workspace's agent permissions), in a
 * savepoint so a refused use-case leaves the turn's transaction usable, within
 * AGENT_TOOL_TIMEOUT_SECONDS, and logs it in agent.tool_executions. The same (inbound message, tool,
 * call index) again answers the stored result: a redelivered message never runs a use-case twice.
 * Business refusals (4xx AppErrors, unknown tool, missing permission, bad input) are results the
 * brain can talk about; anything else (a timeout, the database) throws and the turn is retried.
 */
export async function executeTool({ ctx, input }: { ctx: AppContext; input: ExecuteToolInput }): Promise<ToolResult> {
  const note = { action: `agent.${input.tool}`, category: 'data', severity: 'info', state: 'open' } as const;
  const audited = input.audit ? { ...ctx, actor: AGENT_ACTOR, audit: { note: { ...note }, write: input.audit } } : ctx;
  return withTransaction(audited, async (t) => {
    const key = and(
      eq(toolExecutions.inboundMessageId, input.inboundMessageId),
      eq(toolExecutions.tool, input.tool),
      eq(toolExecutions.callIndex, input.callIndex),
    );
    const [done] = await t.tx.select().from(toolExecutions).where(key);
    if (done) return done.error ? { ok: false, error: done.error } : { ok: true, output: done.output };

    const started = Date.now();
    const result = await run(t, input);
    await t.tx.insert(toolExecutions).values({
      id: newId(),
      workspaceId: t.workspaceId ?? '',
      sessionId: input.session.id,
      inboundMessageId: input.inboundMessageId,
      tool: input.tool,
      callIndex: input.callIndex,
      input: (input.args ?? {}) as object,
      output: result.ok ? (result.output ?? null) : null,
      error: result.ok ? null : result.error,
      durationMs: Date.now() - started,
    });
    return result;
  });
}

async function run(ctx: AppContext, input: ExecuteToolInput): Promise<ToolResult> {
  const tool = findTool(input.tool);
  if (!tool) return fail('agent_tool_unknown', `There is no tool ${input.tool}.`);
  if (!hasPermission(input.permissions, tool.permission))
    return fail('agent_tool_forbidden', `The agent's role lacks ${tool.permission}, which ${tool.name} needs.`);
  const parsed = tool.input.safeParse(input.args ?? {});
  if (!parsed.success) return fail('agent_tool_input_invalid', parsed.error.message);
  const agentCtx: AppContext = { ...ctx, actor: AGENT_ACTOR, permissions: input.permissions };
  const ms = input.config.AGENT_TOOL_TIMEOUT_SECONDS * 1000;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ToolTimeoutError(`${tool.name} ran longer than ${ms} ms.`)), ms);
  });
  try {
    const output = await Promise.race([
      withSavepoint(agentCtx, (s) =>
        tool.run({ ctx: s, input: parsed.data, session: input.session, config: input.config }),
      ),
      timeout,
    ]);
    return { ok: true, output };
  } catch (error) {
    if (error instanceof AppError && error.status < 500) return fail(error.code, error.message);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
