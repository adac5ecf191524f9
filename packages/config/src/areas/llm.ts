import { z } from 'zod';
import { envInt, envUrl, envVar } from '../env-var';

// The language model behind the conversational agent (issue 13). Unset, the agent is the offline
// rule-based one (es, pt-BR, en), so `npm start` sells and books with no key. With a provider the
// agent calls it through the vendor's official SDK, retrying with backoff and falling back.
const provider = z.enum(['none', 'anthropic', 'openai']);

export const llmEnv = {
  ...envVar('LLM_PROVIDER', provider.default('none'), {
    description:
      'Language model for the agent: `none` (the offline rule-based agent), `anthropic` (needs ANTHROPIC_API_KEY) or `openai` (needs OPENAI_API_KEY).',
    expected: 'none, anthropic or openai',
  }),
  ...envVar('LLM_MODEL', z.string().trim().min(1).optional(), {
    description: 'Model of LLM_PROVIDER. Unset: claude-sonnet-5-5 (anthropic) or gpt-4o-mini (openai).',
    expected: 'a model name of the provider',
    example: 'claude-sonnet-5-5',
  }),
  ...envVar('LLM_FALLBACK_PROVIDER', provider.default('none'), {
    description:
      'A second provider the agent turns to when LLM_PROVIDER still fails after its retries (an outage, a rate limit). `none`: no fallback.',
    expected: 'none, anthropic or openai',
  }),
  ...envVar('LLM_FALLBACK_MODEL', z.string().trim().min(1).optional(), {
    description: "Model of LLM_FALLBACK_PROVIDER (a cheaper or another vendor's). Unset: that provider's default.",
    expected: 'a model name of the provider',
    example: 'gpt-4o-mini',
  }),
  ...envVar('ANTHROPIC_API_KEY', z.string().trim().min(1).optional(), {
    description: 'Anthropic API key (console.anthropic.com). Never logged.',
    expected: 'an API key',
    secret: true,
  }),
  ...envVar('ANTHROPIC_BASE_URL', envUrl(['http', 'https']).optional(), {
    description: "Base URL of Anthropic's API (a proxy or a local fake). Unset: https://api.anthropic.com.",
    expected: 'an http(s) URL',
  }),
  ...envVar('OPENAI_API_KEY', z.string().trim().min(1).optional(), {
    description: 'OpenAI API key. Never logged.',
    expected: 'an API key',
    secret: true,
  }),
  ...envVar('OPENAI_BASE_URL', envUrl(['http', 'https']).optional(), {
    description:
      'Base URL of an OpenAI-compatible chat completions API, /v1 included (a proxy, a local model server or a fake). Unset: https://api.openai.com/v1.',
    expected: 'an http(s) URL',
  }),
  ...envVar('LLM_MAX_RETRIES', envInt(2, 0, 10), {
    description:
      "Retries of one model call that failed on a connection error, 408, 409, 429 or 5xx, with the SDK's exponential backoff (honouring Retry-After), before the fallback provider is tried.",
    expected: 'an integer from 0 to 10',
  }),
  ...envVar('LLM_TIMEOUT_MS', envInt(30_000, 1000, 600_000), {
    description: 'Time one model call (one attempt) may take before it counts as failed.',
    expected: 'milliseconds, an integer from 1000 to 600000',
  }),
  ...envVar('LLM_MAX_OUTPUT_TOKENS', envInt(1024, 16, 64_000), {
    description: 'Most tokens the model may write in one reply.',
    expected: 'an integer from 16 to 64000',
  }),
  ...envVar('LLM_CONTEXT_TOKENS', envInt(16_000, 1000, 1_000_000), {
    description:
      'Budget of the prompt sent to the model (system text, tools and history, estimated): the oldest turns are left out beyond it.',
    expected: 'an integer from 1000 to 1000000',
  }),
};

type LlmValues = { [K in 'LLM_PROVIDER' | 'LLM_FALLBACK_PROVIDER' | 'ANTHROPIC_API_KEY' | 'OPENAI_API_KEY']?: unknown };

/** A provider needs its key: LLM_PROVIDER=anthropic without ANTHROPIC_API_KEY is refused at start. */
export function checkLlmKeys(values: LlmValues, ctx: z.RefinementCtx): void {
  for (const name of ['LLM_PROVIDER', 'LLM_FALLBACK_PROVIDER'] as const) {
    const chosen = values[name];
    const key = chosen === 'anthropic' ? 'ANTHROPIC_API_KEY' : chosen === 'openai' ? 'OPENAI_API_KEY' : null;
    if (key && values[key] === undefined)
      ctx.addIssue({ code: 'custom', path: [key], message: `is required when ${name}=${chosen}` });
  }
}
