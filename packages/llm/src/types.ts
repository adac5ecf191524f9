// What the agent says to a language model and hears back, whatever the vendor. Providers map these
// to their own wire shapes (Anthropic's content blocks, OpenAI's chat messages with tool_calls).

/** A tool the model may call: its input described by a JSON Schema (exported from the tool's zod schema). */
export type LlmToolSpec = { name: string; description: string; inputSchema: Record<string, unknown> };

/** A call the model asked for; `id` ties the result sent back to it. */
export type LlmToolCall = { id: string; name: string; input: unknown };

export type LlmToolResult = { callId: string; content: string; isError?: boolean };

export type LlmMessage =
  | { role: 'user'; text: string }
  | { role: 'assistant'; text: string; toolCalls?: LlmToolCall[] }
  | { role: 'tool'; results: LlmToolResult[] };

export type LlmRequest = {
  system: string;
  messages: LlmMessage[];
  tools: LlmToolSpec[];
  /** Most tokens the reply may have (LLM_MAX_OUTPUT_TOKENS). */
  maxTokens: number;
  signal?: AbortSignal;
};

export type LlmUsage = { inputTokens: number; outputTokens: number };

export type LlmReply = {
  text: string;
  toolCalls: LlmToolCall[];
  /** Why the model stopped: done, it wants tools run, or it ran out of output tokens. */
  stop: 'end' | 'tool_use' | 'max_tokens' | 'other';
  usage: LlmUsage;
  /** Who answered (after a fallback, the second provider). */
  provider: string;
  model: string;
};

export type LlmProvider = {
  name: string;
  model: string;
  complete(request: LlmRequest): Promise<LlmReply>;
};

/** A model call that failed after its retries: the provider, the HTTP status if any, whether a retry could help. */
export class LlmCallError extends Error {
  constructor(
    message: string,
    readonly provider: string,
    readonly status: number | null,
    readonly retryable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'LlmCallError';
  }
}

/** 408, 409, 429, 5xx and connection failures (no status) may pass on a retry; other 4xx will not. */
export const retryableStatus = (status: number | null) =>
  status === null || status === 408 || status === 409 || status === 429 || status >= 500;
