import { Counter, type Registry } from 'prom-client';
import type { LlmProvider } from './types';

export type LlmMetrics = {
  calls: Counter<'provider' | 'model' | 'outcome'>;
  tokens: Counter<'provider' | 'model' | 'kind'>;
};

export function createLlmMetrics(registry: Registry): LlmMetrics {
  return {
    calls: new Counter({
      name: 'nexova_llm_calls_total',
      help: 'Language model calls (each after its retries), by provider, model and outcome (ok, failed).',
      labelNames: ['provider', 'model', 'outcome'],
      registers: [registry],
    }),
    tokens: new Counter({
      name: 'nexova_llm_tokens_total',
      help: 'Tokens the providers reported, by provider, model and kind (input, output).',
      labelNames: ['provider', 'model', 'kind'],
      registers: [registry],
    }),
  };
}

/** The provider, counting each call's outcome and the tokens its answer reports. */
export function metered(provider: LlmProvider, metrics: LlmMetrics): LlmProvider {
  return {
    ...provider,
    async complete(request) {
      try {
        const reply = await provider.complete(request);
        const labels = { provider: reply.provider, model: reply.model };
        metrics.calls.inc({ ...labels, outcome: 'ok' });
        metrics.tokens.inc({ ...labels, kind: 'input' }, reply.usage.inputTokens);
        metrics.tokens.inc({ ...labels, kind: 'output' }, reply.usage.outputTokens);
        return reply;
      } catch (error) {
        metrics.calls.inc({ provider: provider.name, model: provider.model, outcome: 'failed' });
        throw error;
      }
    },
  };
}
