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
};

export type BrainOutcome = {
  /** The text to send, or null to stay quiet. */
  reply: string | null;
  /** The states the session moves through, in order (empty: it stays); each move is guarded. */
  path: SessionState[];
  draftOrderId: string | null;
  failedTurns: number;
  locale: AgentLocale;
};

/**
 * The agent's brain: reads a message and the session, drives tools, answers a reply and where the
 * session goes. The offline rule-based brain is the one implementation today; an LLM brain
 * (Anthropic, OpenAI) plugs in here with the same tools (toolDescriptors) and the same executor.
 */
export interface AgentBrain {
  respond(turn: BrainTurn): Promise<BrainOutcome>;
}
