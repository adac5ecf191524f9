import { definePermissions } from '@nexova/http';

// What conversation routes require (the built-in Staff role holds conversations:*; channels:manage
// stays with Owner and Admin).
export const conversationPermissions = definePermissions({
  'conversations:read': 'See conversations, their messages and unread counts (also live over /ws).',
  'conversations:write':
    'Reply to contacts, change a conversation’s status, assign it, mark it read, ask for a human, take it over from the agent and hand it back.',
  'channels:manage': 'Create, see and edit WhatsApp channels and their credentials (never shown back).',
});
