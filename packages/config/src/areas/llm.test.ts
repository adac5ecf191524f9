import { describe, expect, it } from 'vitest';
import { parseConfig } from '../load';
import { problemsOf } from '../problems-of';

describe('language model configuration', () => {
  it('defaults to the offline agent and needs no key', () => {
    expect(parseConfig({})).toMatchObject({ LLM_PROVIDER: 'none', LLM_FALLBACK_PROVIDER: 'none', LLM_MAX_RETRIES: 2 });
  });

  it('refuses a provider (or a fallback) without its key, naming the key', () => {
    const problems = problemsOf({ LLM_PROVIDER: 'anthropic', LLM_FALLBACK_PROVIDER: 'openai' });
    expect(problems.join('\n')).toMatch(/ANTHROPIC_API_KEY.*LLM_PROVIDER=anthropic/);
    expect(problems.join('\n')).toMatch(/OPENAI_API_KEY.*LLM_FALLBACK_PROVIDER=openai/);
    expect(problemsOf({ LLM_PROVIDER: 'openai', OPENAI_API_KEY: 'sk-x' })).toEqual([]);
  });

  it('refuses an unknown provider', () => {
    expect(problemsOf({ LLM_PROVIDER: 'gemini' }).join('\n')).toMatch(/LLM_PROVIDER/);
  });
});
