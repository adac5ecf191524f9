import type { Config } from '@nexova/config';
import { anthropicProvider } from './anthropic-provider';
import { withFallback } from './fallback';
import { openAiProvider } from './openai-provider';
import type { LlmProvider } from './types';

export const DEFAULT_MODELS = { anthropic: 'claude-sonnet-5-5', openai: 'gpt-4o-mini' } as const;

type LlmConfig = Pick<
  Config,
  | 'LLM_PROVIDER'
  | 'LLM_MODEL'
  | 'LLM_FALLBACK_PROVIDER'
  | 'LLM_FALLBACK_MODEL'
  | 'ANTHROPIC_API_KEY'
  | 'ANTHROPIC_BASE_URL'
  | 'OPENAI_API_KEY'
  | 'OPENAI_BASE_URL'
  | 'LLM_MAX_RETRIES'
  | 'LLM_TIMEOUT_MS'
>;

function one(c: LlmConfig, kind: 'none' | 'anthropic' | 'openai', model: string | undefined): LlmProvider | null {
  const common = { maxRetries: c.LLM_MAX_RETRIES, timeoutMs: c.LLM_TIMEOUT_MS };
  // The config refuses a provider without its key at start; the checks here only narrow the types.
  if (kind === 'anthropic' && c.ANTHROPIC_API_KEY)
    return anthropicProvider({
      ...common,
      apiKey: c.ANTHROPIC_API_KEY,
      model: model ?? DEFAULT_MODELS.anthropic,
      baseURL: c.ANTHROPIC_BASE_URL,
    });
  if (kind === 'openai' && c.OPENAI_API_KEY)
    return openAiProvider({
      ...common,
      apiKey: c.OPENAI_API_KEY,
      model: model ?? DEFAULT_MODELS.openai,
      baseURL: c.OPENAI_BASE_URL,
    });
  return null;
}

/** The configured model, with its fallback; null means the offline rule-based agent (LLM_PROVIDER=none). */
export function llmFromConfig(
  c: LlmConfig,
  onFallback?: (failed: LlmProvider, error: unknown) => void,
): LlmProvider | null {
  const primary = one(c, c.LLM_PROVIDER, c.LLM_MODEL);
  if (!primary) return null;
  const fallback = one(c, c.LLM_FALLBACK_PROVIDER, c.LLM_FALLBACK_MODEL);
  return fallback ? withFallback([primary, fallback], onFallback) : primary;
}
