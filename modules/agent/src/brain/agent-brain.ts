import type { SessionState } from '../domain/session-machine';
import type { ToolResult } from '../use-cases/execute-tool';
import type { AgentLocale } from './locale';

/** What the agent remembers of a conversation between turns. */
export type BrainMemory = {
  state: SessionState;
  draftOrderId: string | null;
  failedTurns: number;
  locale: AgentLocale;
};

/** One message of the conversation before this one: the customer's, or ours (the agent's or a member's). */
export type HistoryMessage = { from: 'customer' | 'shop'; text: string };

/** What the customer sent beyond its text: a file (its media status) or a list reply (its row id). */
export type InboundFacts = {
  messageId: string;
  kind: string;
  /** reply_id of a list or button reply, when one. */
  replyId: string | null;
  /** The file's status (pending, stored, failed) of an image or document, when one. */
  mediaStatus: string | null;
};

export type BrainTurn = {
  /** The customer's message. */
  text: string;
  /** The message's kind and what it carries (absent: a text). */
  inbound?: InboundFacts;
  memory: BrainMemory;
  /** Runs one tool through the executor (permissions, timeout, log, idempotency). */
  callTool(name: string, args: unknown): Promise<ToolResult>;
  maxFailedTurns: number;
  /** The conversation's recent messages before this one, oldest first (the offline brain ignores them). */
  history: HistoryMessage[];
  /** The shop's name, for the model's instructions. */
  workspaceName: string;
};

/** Tokens one provider/model spent in a turn (after a fallback, the second provider answers). */
export type BrainUsage = { provider: string; model: string; inputTokens: number; outputTokens: number; calls: number };

export type BrainOutcome = {
  /** The text to send, or null to stay quiet. */
  reply: string | null;
  /** The states the session moves through, in order (empty: it stays); each move is guarded. */
  path: SessionState[];
  draftOrderId: string | null;
  failedTurns: number;
  locale: AgentLocale;
  /** Model tokens spent (none for the offline brain). */
  usage?: BrainUsage[];
};

/**
 * The agent's brain: reads a message and the session, drives tools, answers a reply and where the
 * session goes. Two implementations: the offline rule-based brain and the language-model brain
 * (Anthropic, OpenAI), with the same tools (toolDescriptors) and the same executor. `kind` llm is
 * metered against the workspace's monthly token budget.
 */
export interface AgentBrain {
  readonly kind: 'offline' | 'llm';
  respond(turn: BrainTurn): Promise<BrainOutcome>;
}
