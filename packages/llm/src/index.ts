// @nexova/llm — language models for the conversational agent: Anthropic and OpenAI through their
// official SDKs behind one small interface, with the SDKs' retries, a fallback chain, prompt
// trimming to a token budget and Prometheus counters. No key configured: null, the offline agent.
export { type AnthropicOptions, anthropicProvider } from './anthropic-provider';
export { withFallback } from './fallback';
export { DEFAULT_MODELS, llmFromConfig } from './from-config';
export { createLlmMetrics, type LlmMetrics, metered } from './metrics';
export { type OpenAiOptions, openAiProvider } from './openai-provider';
export { estimateRequestTokens, estimateTokens, trimContext } from './trim-context';
export {
  LlmCallError,
  type LlmMessage,
  type LlmProvider,
  type LlmReply,
  type LlmRequest,
  type LlmToolCall,
  type LlmToolResult,
  type LlmToolSpec,
  type LlmUsage,
  retryableStatus,
} from './types';
