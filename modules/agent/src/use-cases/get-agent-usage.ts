import { type AppContext, withTransaction } from '@nexova/db';
import { monthOf, usageOf } from '../db/turn-store';
import { budgetOf, settingsRow } from './agent-settings';

export type GetAgentUsageInput = {
  /** YYYY-MM (UTC); unset: this month. */
  month?: string;
  /** AGENT_MONTHLY_TOKEN_BUDGET (unset: null, unlimited). */
  defaultBudget: number | null;
  now?: Date;
};

export type AgentUsageView = {
  month: string;
  monthly_token_budget: number | null;
  total_tokens: number;
  over_budget: boolean;
  by_model: { provider: string; model: string; input_tokens: number; output_tokens: number; calls: number }[];
};

// The workspace's model tokens and calls of one month, per provider and model, against its budget.
export async function getAgentUsage({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: GetAgentUsageInput;
}): Promise<AgentUsageView> {
  const month = input.month ?? monthOf(input.now ?? new Date());
  return withTransaction(ctx, async (t) => {
    const budget = budgetOf(await settingsRow(t), input.defaultBudget);
    const byModel = (await usageOf(t, month)).map((u) => ({
      provider: u.provider,
      model: u.model,
      input_tokens: u.inputTokens,
      output_tokens: u.outputTokens,
      calls: u.calls,
    }));
    const total = byModel.reduce((n, u) => n + u.input_tokens + u.output_tokens, 0);
    return {
      month,
      monthly_token_budget: budget,
      total_tokens: total,
      over_budget: budget !== null && total >= budget,
      by_model: byModel,
    };
  });
}
