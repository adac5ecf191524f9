import { LlmCallError, type LlmProvider } from './types';

/**
 * Tries each provider in order: the first answer wins. A provider is left for the next only when
 * its call failed after its own retries (the SDKs retry with backoff); an aborted call is not
 * retried elsewhere. `onFallback` hears each switch (logs, metrics).
 */
export function withFallback(
  providers: LlmProvider[],
  onFallback: (failed: LlmProvider, error: unknown) => void = () => undefined,
): LlmProvider {
  const [first] = providers;
  if (!first) throw new Error('withFallback needs at least one provider');
  if (providers.length === 1) return first;
  return {
    name: providers.map((p) => p.name).join('+'),
    model: first.model,
    async complete(request) {
      let last: unknown;
      for (const provider of providers) {
        if (request.signal?.aborted) break;
        try {
          return await provider.complete(request);
        } catch (error) {
          last = error;
          if (request.signal?.aborted) break;
          onFallback(provider, error);
        }
      }
      throw last instanceof LlmCallError
        ? last
        : new LlmCallError(String(last), 'fallback', null, false, { cause: last });
    },
  };
}
