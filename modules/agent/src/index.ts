// @nexova/agent — the conversational agent (issue 13): tools over the other modules' use-cases, the
// session state machine per conversation, the offline rule-based brain and the language-model brain,
// per-workspace token budgets and usage. The only door.
export type { AgentBrain, BrainMemory, BrainOutcome, BrainTurn, BrainUsage, HistoryMessage } from './brain/agent-brain';
export { LlmBrain, type LlmBrainOptions } from './brain/llm-brain';
export { AGENT_LOCALES, type AgentLocale, agentLocale } from './brain/locale';
export { OfflineBrain } from './brain/offline-brain';
export * from './contracts/events/agent-events.v1';
export { SESSION_STATES, type SessionState } from './domain/session-machine';
export { agentPermissions as permissions } from './http/permissions';
export { MCP_PATH } from './mcp/mcp-route';
export { staffTools } from './mcp/staff-tools';
export { type AgentRuntime, type AgentRuntimeDeps, agentModule, agentRuntime } from './module';
export { requestHandoff } from './tools/handoff-tool';
export { AGENT_TOOLS, DEFAULT_AGENT_PERMISSIONS, type ToolDescriptor, toolDescriptors } from './tools/registry';
export {
  type AgentSettingsView,
  getAgentSettings,
  type PutAgentSettingsInput,
  putAgentSettings,
} from './use-cases/agent-settings';
export {
  type AnswerMessageInput,
  answerMessage,
  answerTurn,
  type TurnDeps,
  type TurnObserver,
} from './use-cases/answer-message';
export { AGENT_ACTOR, type ExecuteToolInput, executeTool, type ToolResult } from './use-cases/execute-tool';
export { getAgentPermissions } from './use-cases/get-agent-permissions';
export { type GetAgentSessionInput, getAgentSession } from './use-cases/get-agent-session';
export { type AgentUsageView, type GetAgentUsageInput, getAgentUsage } from './use-cases/get-agent-usage';
export { AGENT_TURNS_CHANNEL, type QueueTurnInput, queueTurn } from './use-cases/queue-turn';
export { type RunDueTurnsInput, runDueTurns } from './use-cases/run-due-turns';
