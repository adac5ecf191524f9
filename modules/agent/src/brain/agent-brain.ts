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

export type BrainTurn = {
  /** The customer's message. */
  text: string;
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
