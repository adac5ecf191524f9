import {
  LlmCallError,
  type LlmMessage,
  type LlmProvider,
  type LlmToolResult,
  type LlmToolSpec,
  trimContext,
} from '@nexova/llm';
import { toolDescriptors } from '../tools/registry';
import type { AgentBrain, BrainOutcome, BrainTurn, BrainUsage, HistoryMessage } from './agent-brain';
import { derivePath, type SucceededCall } from './derive-path';
import { REPLIES } from './replies';
import { APOLOGY, systemPrompt } from './system-prompt';

export type LlmBrainOptions = {
  /** AGENT_MAX_STEPS_PER_TURN: model calls for one customer message. */
  maxSteps: number;
  /** LLM_MAX_OUTPUT_TOKENS. */
  maxOutputTokens: number;
  /** LLM_CONTEXT_TOKENS: the prompt's budget; the oldest turns are trimmed beyond it. */
  contextTokens: number;
};

/** The history as model messages: the customer speaks as `user`, the shop as `assistant`; a run of one side is one message. */
export function historyMessages(history: HistoryMessage[], text: string): LlmMessage[] {
  const out: LlmMessage[] = [];
  for (const m of [...history, { from: 'customer' as const, text }]) {
    const role = m.from === 'customer' ? 'user' : 'assistant';
    const last = out.at(-1);
    if (last && last.role === role && 'text' in last) last.text = `${last.text}\n${m.text}`;
    else out.push(role === 'user' ? { role, text: m.text } : { role, text: m.text });
  }
  while (out[0] && out[0].role !== 'user') out.shift();
  return out;
}

/**
 * The language-model brain: the localised instructions, the conversation's recent history (trimmed
 * to the context budget) and the tools passed natively; a loop of model → tool calls through the
 * executor → results back, until the model writes text or AGENT_MAX_STEPS_PER_TURN runs out. The
 * session's path is derived from the tools that succeeded. A model that cannot be reached (after
 * retries and fallback) is a failed turn: an apology, and after AGENT_MAX_FAILED_TURNS in a row the
 * conversation goes to a person (request_human_handoff).
 */
export class LlmBrain implements AgentBrain {
  readonly kind = 'llm' as const;
  private readonly tools: LlmToolSpec[];

  constructor(
    private readonly provider: LlmProvider,
    private readonly options: LlmBrainOptions,
  ) {
    this.tools = toolDescriptors().map((t) => ({
      name: t.name,
      description: t.description,
      inputSchema: t.input_schema,
    }));
  }

  async respond(turn: BrainTurn): Promise<BrainOutcome> {
    const { memory } = turn;
    const usage = new Map<string, BrainUsage>();
    const succeeded: SucceededCall[] = [];
    const finish = (reply: string | null, failedTurns: number): BrainOutcome => {
      const derived = derivePath(memory.state, memory.draftOrderId, succeeded);
      return { reply, failedTurns, locale: memory.locale, ...derived, usage: [...usage.values()] };
    };
    const request = trimContext(
      {
        system: systemPrompt({ ...memory, workspaceName: turn.workspaceName }),
        tools: this.tools,
        messages: historyMessages(turn.history, turn.text),
      },
      this.options.contextTokens,
    );
    const messages = [...request.messages];
    const failed = async (why: string): Promise<BrainOutcome> => {
      const failedTurns = memory.failedTurns + 1;
      if (failedTurns >= turn.maxFailedTurns) {
        const handoff = await turn.callTool('request_human_handoff', { source: 'failures', reason: why.slice(0, 500) });
        if (handoff.ok) {
          succeeded.push({ tool: 'request_human_handoff', output: handoff.output });
          return finish(REPLIES[memory.locale].handoff, 0);
        }
      }
      return finish(APOLOGY[memory.locale], failedTurns);
    };
    try {
      for (let step = 0; step < this.options.maxSteps; step++) {
        const reply = await this.provider.complete({
          system: request.system,
          tools: this.tools,
          messages,
          maxTokens: this.options.maxOutputTokens,
        });
        const key = `${reply.provider}\u0000${reply.model}`;
        const u = usage.get(key) ?? {
          provider: reply.provider,
          model: reply.model,
          inputTokens: 0,
          outputTokens: 0,
          calls: 0,
        };
        usage.set(key, {
          ...u,
          inputTokens: u.inputTokens + reply.usage.inputTokens,
          outputTokens: u.outputTokens + reply.usage.outputTokens,
          calls: u.calls + 1,
        });
        if (!reply.toolCalls.length) return finish(reply.text.trim() || null, 0);
        messages.push({ role: 'assistant', text: reply.text, toolCalls: reply.toolCalls });
        const results: LlmToolResult[] = [];
        for (const call of reply.toolCalls) {
          const result = await turn.callTool(call.name, call.input);
          if (result.ok) succeeded.push({ tool: call.name, output: result.output });
          results.push({
            callId: call.id,
            content: JSON.stringify(result.ok ? result.output : { error: result.error }),
            isError: !result.ok,
          });
        }
        messages.push({ role: 'tool', results });
        // After a handoff the agent stays quiet: the member answers from here.
        if (succeeded.some((c) => c.tool === 'request_human_handoff')) return finish(REPLIES[memory.locale].handoff, 0);
      }
    } catch (error) {
      if (!(error instanceof LlmCallError)) throw error;
      return failed(error.message);
    }
    return failed(`no answer in ${this.options.maxSteps} model steps`);
  }
}
