import { parseConfig } from '@nexova/config';
import { createMetricsRegistry } from '@nexova/observability';
import { describe, expect, it } from 'vitest';
import { agentRuntime } from './module';

describe('the brain the agent gets', () => {
  it('is the offline one with no model configured (npm start with nothing set)', () => {
    expect(agentRuntime(parseConfig({})).brain.kind).toBe('offline');
  });

  it('is the language-model one when a provider has its key; a registry composed twice keeps its counters', () => {
    const config = parseConfig({ LLM_PROVIDER: 'anthropic', ANTHROPIC_API_KEY: 'k' });
    const metrics = createMetricsRegistry({ defaultMetrics: false });
    expect(agentRuntime(config, { metrics }).brain.kind).toBe('llm');
    expect(agentRuntime(config, { metrics }).brain.kind).toBe('llm');
  });
});
