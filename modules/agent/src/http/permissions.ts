import { definePermissions } from '@nexova/http';

// What agent routes require.
export const agentPermissions = definePermissions({
  'agent:read':
    "See the agent's tools (with their JSON Schemas), its role, its model usage and budget, and its session of each conversation.",
  'agent:manage': 'Change what the agent may do in the workspace (its role: the permissions its tools run with).',
});
