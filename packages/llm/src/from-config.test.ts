import { parseConfig } from '@nexova/config';
import { describe, expect, it } from 'vitest';
import { llmFromConfig } from './from-config';

describe('llmFromConfig', () => {
  it('is null with no provider: the offline agent', () => {
    expect(llmFromConfig(parseConfig({}))).toBeNull();
  });

  it('builds the provider with its default model, and a fallback chain when one is set', () => {
    const one = llmFromConfig(parseConfig({ LLM_PROVIDER: 'anthropic', ANTHROPIC_API_KEY: 'k' }));
    expect(one).toMatchObject({ name: 'anthropic', model: 'claude-sonnet-5-5' });
    const chain = llmFromConfig(
      parseConfig({
        LLM_PROVIDER: 'openai',
        OPENAI_API_KEY: 'k',
        LLM_MODEL: 'gpt-x',
        LLM_FALLBACK_PROVIDER: 'anthropic',
        ANTHROPIC_API_KEY: 'k2',
      }),
    );
    expect(chain).toMatchObject({ name: 'openai+anthropic', model: 'gpt-x' });
  });
});
