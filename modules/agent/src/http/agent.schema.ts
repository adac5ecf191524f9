import { pageSchema } from '@nexova/http';
import { z } from 'zod';
import { SESSION_STATES } from '../domain/session-machine';

// Request and response shapes of /agent and /conversations/{conversation_id}/agent-session (house rule 8).

const C = '0190f1c2-7d3a-7b41-9e4c-222222222222';

export const toolSchema = z
  .object({
    name: z.string(),
    description: z.string(),
    permission: z.string().describe("What the agent's role must hold for the tool to run."),
    input_schema: z
      .record(z.string(), z.unknown())
      .describe('JSON Schema of the input (from the zod schema the executor parses with).'),
  })
  .meta({
    example: {
      name: 'list_products',
      description: 'Search the active products of the shop by a word.',
      permission: 'products:read',
      input_schema: { type: 'object', properties: { search: { type: 'string' } } },
    },
  });

export const toolListSchema = pageSchema(toolSchema).meta({
  example: { items: [toolSchema.meta()?.example], next_cursor: null },
});

export const settingsSchema = z
  .object({
    permissions: z.array(z.string()).describe("The agent's role: the grants its tools run with."),
    default_permissions: z.array(z.string()).describe('What the tools need: the grants when none were set.'),
    monthly_token_budget: z
      .number()
      .int()
      .nullable()
      .describe(
        'Model tokens (input + output) the agent may spend a month; past it the offline agent answers. null: unlimited.',
      ),
    default_monthly_token_budget: z
      .number()
      .int()
      .nullable()
      .describe('The server default (AGENT_MONTHLY_TOKEN_BUDGET) a workspace has until it sets its own.'),
    version: z.number().int().describe('0 until first set.'),
    updated_at: z.string().nullable(),
  })
  .meta({
    example: {
      permissions: ['orders:read', 'orders:write', 'products:read'],
      default_permissions: [
        'conversations:write',
        'customers:read',
        'orders:read',
        'orders:transition',
        'orders:write',
        'products:read',
      ],
      monthly_token_budget: 2000000,
      default_monthly_token_budget: null,
      version: 1,
      updated_at: '2026-01-10T12:00:00.000Z',
    },
  });

export const settingsBody = z
  .object({
    permissions: z
      .array(z.string())
      .max(200)
      .describe(
        'resource:action grants; *, resource:* and *:action wildcards. Each must name declared permissions (GET /permissions; else 422) that you hold yourself (else 403).',
      ),
    monthly_token_budget: z
      .number()
      .int()
      .min(0)
      .max(1_000_000_000_000)
      .nullable()
      .optional()
      .describe('Model tokens a month (null: unlimited). Left out: the current budget stays.'),
  })
  .meta({ example: { permissions: ['products:read', 'orders:read', 'orders:write'], monthly_token_budget: 2000000 } });

export const conversationParams = z
  .object({ conversation_id: z.string().uuid() })
  .meta({ example: { conversation_id: C } });

export const sessionSchema = z
  .object({
    id: z.string().uuid(),
    conversation_id: z.string().uuid(),
    state: z.enum(SESSION_STATES),
    draft_order_id: z.string().uuid().nullable().describe('The order the agent is building, while it is a draft.'),
    failed_turns: z.number().int().describe('Messages in a row the agent did not understand.'),
    locale: z.string().nullable().describe('The language the agent answers in.'),
    last_activity_at: z.string(),
    version: z.number().int(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({
    example: {
      id: '0190f1c2-7d3a-7b41-9e4c-111111111111',
      conversation_id: C,
      state: 'awaiting_confirmation',
      draft_order_id: '0190f1c2-7d3a-7b41-9e4c-aaaaaaaaaaaa',
      failed_turns: 0,
      locale: 'pt-BR',
      last_activity_at: '2026-01-10T12:00:00.000Z',
      version: 4,
      created_at: '2026-01-10T11:50:00.000Z',
      updated_at: '2026-01-10T12:00:00.000Z',
    },
  });

export const usageQuery = z
  .object({
    month: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month as YYYY-MM')
      .optional()
      .describe('The month (UTC) as YYYY-MM; unset: this month.'),
  })
  .meta({ example: { month: '2026-01' } });

export const usageSchema = z
  .object({
    month: z.string().describe('YYYY-MM (UTC).'),
    monthly_token_budget: z.number().int().nullable().describe('The workspace budget; null: unlimited.'),
    total_tokens: z.number().int().describe('Input + output tokens of the month, all providers.'),
    over_budget: z.boolean().describe('true: the offline agent answers until the month ends or the budget rises.'),
    by_model: z.array(
      z.object({
        provider: z.string().describe('anthropic or openai (after a fallback, the one that answered).'),
        model: z.string(),
        input_tokens: z.number().int(),
        output_tokens: z.number().int(),
        calls: z.number().int().describe('Model calls that answered (a turn with tools makes several).'),
      }),
    ),
  })
  .meta({
    example: {
      month: '2026-01',
      monthly_token_budget: 2000000,
      total_tokens: 48210,
      over_budget: false,
      by_model: [
        { provider: 'anthropic', model: 'claude-sonnet-5-5', input_tokens: 41000, output_tokens: 5210, calls: 96 },
        { provider: 'openai', model: 'gpt-4o-mini', input_tokens: 1800, output_tokens: 200, calls: 4 },
      ],
    },
  });
