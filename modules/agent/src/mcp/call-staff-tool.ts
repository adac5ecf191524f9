import type { Config } from '@nexova/config';
import type { AppContext } from '@nexova/db';
import { hasPermission, idempotentCall } from '@nexova/http';
import { AppError } from '@nexova/kernel';
import type { z } from 'zod';
import { staffSession } from './staff-session';
import { CUSTOMER_ID, IDEMPOTENCY_KEY, type StaffTool, staffInput, staffTools } from './staff-tools';

export type StaffToolResult = { ok: true; output: unknown } | { ok: false; error: { code: string; message: string } };

export type CallStaffToolInput = { name: string; args: Record<string, unknown> | undefined; config: Config };

const fail = (code: string, message: string): StaffToolResult => ({ ok: false, error: { code, message } });

const issuesOf = (error: z.ZodError) =>
  error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(arguments)'}: ${i.message}`).join('; ');

/**
 * Runs one agent tool for an MCP caller: `ctx` is the caller's (actor, workspace and permissions of
 * the API key or member), so the use-cases record them as the author. The tool's permission is
 * checked against the caller's grants; the staff inputs (customer_id, idempotency_key) are split
 * off and the rest parsed with the tool's own zod schema. With an idempotency_key the call runs in
 * the HTTP layer's idempotency store (one transaction with its effects). Refusals (unknown tool,
 * missing permission, bad input, 4xx AppErrors) are results; anything else throws.
 */
export async function callStaffTool({ ctx, input }: { ctx: AppContext; input: CallStaffToolInput }) {
  const staff = staffTools().find((t) => t.descriptor.name === input.name);
  if (!staff) return fail('agent_tool_unknown', `There is no tool ${input.name} over MCP.`);
  if (!hasPermission(ctx.permissions ?? [], staff.tool.permission)) {
    return fail('agent_tool_forbidden', `This key lacks ${staff.tool.permission}, which ${staff.tool.name} needs.`);
  }
  const { [CUSTOMER_ID]: customerId, [IDEMPOTENCY_KEY]: key, ...rest } = input.args ?? {};
  const own = staffInput.safeParse({ [CUSTOMER_ID]: customerId, [IDEMPOTENCY_KEY]: key });
  if (!own.success) return fail('validation_failed', issuesOf(own.error));
  if (staff.needsCustomer && !own.data.customer_id) return fail('validation_failed', `${CUSTOMER_ID}: is required`);
  const parsed = staff.tool.input.safeParse(rest);
  if (!parsed.success) return fail('validation_failed', issuesOf(parsed.error));
  const args = { customerId: own.data.customer_id, data: parsed.data };
  try {
    if (!own.data.idempotency_key || !staff.mutating) {
      return { ok: true, output: await runTool(ctx, staff, args, input.config) } as StaffToolResult;
    }
    const { value } = await idempotentCall(
      ctx,
      {
        scope: `${ctx.workspaceId ?? '-'}|${ctx.actor.type}:${ctx.actor.id}|mcp`,
        key: own.data.idempotency_key,
        operation: staff.tool.name,
        args: { customer_id: args.customerId ?? null, ...(parsed.data as object) },
        ttlHours: input.config.IDEMPOTENCY_TTL_HOURS,
      },
      (t) => runTool(t, staff, args, input.config),
    );
    return { ok: true, output: value } as StaffToolResult;
  } catch (error) {
    if (error instanceof AppError && error.status < 500) return fail(error.code, error.message);
    throw error;
  }
}

/** The tool's own `run`, within AGENT_TOOL_TIMEOUT_SECONDS (past it: a 5xx, like the agent's executor). */
async function runTool(
  ctx: AppContext,
  staff: StaffTool,
  args: { customerId: string | undefined; data: unknown },
  config: Config,
): Promise<unknown> {
  const ms = config.AGENT_TOOL_TIMEOUT_SECONDS * 1000;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${staff.tool.name} ran longer than ${ms} ms.`)), ms);
  });
  try {
    const session = staffSession(staff.tool, args.customerId);
    return await Promise.race([staff.tool.run({ ctx, input: args.data, session, config }), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
