import type Anthropic from '@anthropic-ai/sdk';
import { LlmCallError, type LlmMessage, type LlmProvider, type LlmReply, retryableStatus } from './types';

export type AnthropicOptions = {
  apiKey: string;
  model: string;
  baseURL?: string;
  /** Retries with the SDK's exponential backoff (it honours Retry-After). */
  maxRetries: number;
  timeoutMs: number;
};

type Block = Anthropic.Messages.ContentBlockParam;

/** Our messages as Anthropic's: assistant tool calls are tool_use blocks, results go back as a user turn of tool_result blocks. */
function toAnthropic(messages: LlmMessage[]): Anthropic.Messages.MessageParam[] {
  return messages.map((m) => {
    if (m.role === 'user') return { role: 'user', content: m.text };
    if (m.role === 'tool')
      return {
        role: 'user',
        content: m.results.map(
          (r): Block => ({
            type: 'tool_result',
            tool_use_id: r.callId,
            content: r.content,
            is_error: r.isError ?? false,
          }),
        ),
      };
    const blocks: Block[] = m.text ? [{ type: 'text', text: m.text }] : [];
    for (const c of m.toolCalls ?? [])
      blocks.push({ type: 'tool_use', id: c.id, name: c.name, input: (c.input ?? {}) as Record<string, unknown> });
    return { role: 'assistant', content: blocks };
  });
}

const STOPS: Record<string, LlmReply['stop']> = {
  end_turn: 'end',
  stop_sequence: 'end',
  tool_use: 'tool_use',
  max_tokens: 'max_tokens',
};

/**
 * Claude through Anthropic's official SDK (Messages API, tools passed natively). The SDK is loaded
 * on the first call (≈ 0.2 s of start-up otherwise, for every server without the key).
 */
export function anthropicProvider(o: AnthropicOptions): LlmProvider {
  let sdk: Promise<typeof import('@anthropic-ai/sdk')> | undefined;
  let client: Anthropic | undefined;
  return {
    name: 'anthropic',
    model: o.model,
    async complete(request) {
      sdk ??= import('@anthropic-ai/sdk');
      const { default: AnthropicSdk } = await sdk;
      client ??= new AnthropicSdk({
        apiKey: o.apiKey,
        baseURL: o.baseURL,
        maxRetries: o.maxRetries,
        timeout: o.timeoutMs,
      });
      let res: Anthropic.Messages.Message;
      try {
        res = await client.messages.create(
          {
            model: o.model,
            max_tokens: request.maxTokens,
            system: request.system,
            messages: toAnthropic(request.messages),
            tools: request.tools.map((t) => ({
              name: t.name,
              description: t.description,
              input_schema: t.inputSchema as Anthropic.Messages.Tool.InputSchema,
            })),
          },
          { signal: request.signal },
        );
      } catch (error) {
        const status = error instanceof AnthropicSdk.APIError && typeof error.status === 'number' ? error.status : null;
        throw new LlmCallError(`anthropic: ${(error as Error).message}`, 'anthropic', status, retryableStatus(status), {
          cause: error,
        });
      }
      const text = res.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join('');
      const toolCalls = res.content.flatMap((b) =>
        b.type === 'tool_use' ? [{ id: b.id, name: b.name, input: b.input }] : [],
      );
      return {
        text,
        toolCalls,
        stop: STOPS[res.stop_reason ?? ''] ?? 'other',
        usage: { inputTokens: res.usage.input_tokens, outputTokens: res.usage.output_tokens },
        provider: 'anthropic',
        model: res.model,
      };
    },
  };
}
