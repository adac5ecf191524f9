import type OpenAI from 'openai';
import { LlmCallError, type LlmMessage, type LlmProvider, type LlmReply, retryableStatus } from './types';

export type OpenAiOptions = {
  apiKey: string;
  model: string;
  /** Any OpenAI-compatible chat completions API (a proxy, a local model server). */
  baseURL?: string;
  maxRetries: number;
  timeoutMs: number;
};

type ChatMessage = OpenAI.Chat.Completions.ChatCompletionMessageParam;

/** Our messages as chat completion messages: tool calls carry JSON arguments, each result is a `tool` message. */
function toOpenAi(system: string, messages: LlmMessage[]): ChatMessage[] {
  const out: ChatMessage[] = [{ role: 'system', content: system }];
  for (const m of messages) {
    if (m.role === 'user') out.push({ role: 'user', content: m.text });
    else if (m.role === 'tool')
      for (const r of m.results) out.push({ role: 'tool', tool_call_id: r.callId, content: r.content });
    else
      out.push({
        role: 'assistant',
        content: m.text || null,
        ...(m.toolCalls?.length
          ? {
              tool_calls: m.toolCalls.map((c) => ({
                id: c.id,
                type: 'function' as const,
                function: { name: c.name, arguments: JSON.stringify(c.input ?? {}) },
              })),
            }
          : {}),
      });
  }
  return out;
}

const STOPS: Record<string, LlmReply['stop']> = { stop: 'end', tool_calls: 'tool_use', length: 'max_tokens' };

/** Arguments the model wrote that are not JSON reach the tool as a string: its schema then refuses them by name. */
function parseArguments(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** GPT models through OpenAI's official SDK (chat completions, tools as functions), loaded on the first call. */
export function openAiProvider(o: OpenAiOptions): LlmProvider {
  let sdk: Promise<typeof import('openai')> | undefined;
  let client: OpenAI | undefined;
  return {
    name: 'openai',
    model: o.model,
    async complete(request) {
      sdk ??= import('openai');
      const { default: OpenAiSdk } = await sdk;
      client ??= new OpenAiSdk({
        apiKey: o.apiKey,
        baseURL: o.baseURL,
        maxRetries: o.maxRetries,
        timeout: o.timeoutMs,
      });
      let res: OpenAI.Chat.Completions.ChatCompletion;
      try {
        res = await client.chat.completions.create(
          {
            model: o.model,
            max_completion_tokens: request.maxTokens,
            messages: toOpenAi(request.system, request.messages),
            ...(request.tools.length
              ? {
                  tools: request.tools.map((t) => ({
                    type: 'function' as const,
                    function: { name: t.name, description: t.description, parameters: t.inputSchema },
                  })),
                }
              : {}),
          },
          { signal: request.signal },
        );
      } catch (error) {
        const status = error instanceof OpenAiSdk.APIError && typeof error.status === 'number' ? error.status : null;
        throw new LlmCallError(`openai: ${(error as Error).message}`, 'openai', status, retryableStatus(status), {
          cause: error,
        });
      }
      const choice = res.choices[0];
      const toolCalls = (choice?.message.tool_calls ?? []).flatMap((c) =>
        c.type === 'function' ? [{ id: c.id, name: c.function.name, input: parseArguments(c.function.arguments) }] : [],
      );
      return {
        text: choice?.message.content ?? '',
        toolCalls,
        stop: STOPS[choice?.finish_reason ?? ''] ?? 'other',
        usage: { inputTokens: res.usage?.prompt_tokens ?? 0, outputTokens: res.usage?.completion_tokens ?? 0 },
        provider: 'openai',
        model: res.model,
      };
    },
  };
}
