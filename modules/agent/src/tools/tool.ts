import type { Config } from '@nexova/config';
import type { AppContext } from '@nexova/db';
import type { z } from 'zod';

/** What a tool knows about the conversation it serves (never chosen by the model). */
export type ToolSession = {
  id: string;
  conversationId: string;
  /** The contact: a person of the directory, the same id as the customer. */
  customerId: string;
};

/** The parts of a ToolSession a tool may read. */
export type ToolSessionPart = 'customer' | 'conversation';

export type ToolArgs<I> = { ctx: AppContext; input: I; session: ToolSession; config: Config };

/**
 * One agent tool: what a model (or the offline agent) sees — name, description, input JSON Schema
 * from `input` — the permission the agent's role must hold, and `run`, which calls the owning
 * module's use-case through its front door, exactly as the API does.
 */
export type AgentTool<S extends z.ZodType = z.ZodType> = {
  name: string;
  description: string;
  input: S;
  permission: string;
  /**
   * Whether the agent's default role includes `permission` (DEFAULT_AGENT_PERMISSIONS). Staff-like
   * tools (adjust_stock) say false: an admin grants them on purpose (PUT /agent/settings).
   */
  defaultGrant?: boolean;
  /**
   * What of the conversation its `run` reads from `session`: over WhatsApp the conversation gives
   * them; over MCP (staff acting for a customer) each becomes a required input — `customer_id`,
   * `conversation_id`. A tool that reads one it does not declare fails loudly over MCP.
   */
  uses?: readonly ToolSessionPart[];
  run(args: ToolArgs<z.output<S>>): Promise<unknown>;
};

export const defineTool = <S extends z.ZodType>(tool: AgentTool<S>): AgentTool<S> => tool;
