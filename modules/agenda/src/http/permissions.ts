import { definePermissions } from '@nexova/http';

// What agenda's routes require; the built-in Staff role grants appointments:*.
export const agendaPermissions = definePermissions({
  'appointments:read': 'See professionals, resources, services, availability, slots and appointments.',
  'appointments:write': 'Hold, book, move and cancel appointments.',
  'appointments:manage': 'Set up professionals, resources, services and availability.',
});
