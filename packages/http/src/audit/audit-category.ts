import type { AuditCategory, AuditSeverity } from '@nexova/kernel';

// The category and severity of a route's audit entry, read off what it declares (its URL, method
// and permission): one rule here instead of a line in ~150 handlers. Use-cases may still override
// them with noteAudit().

const ACCESS = /\/(roles|members|invitations|api-keys|ownership)\b|^(roles|members|api_keys|invitations):/;
const SETTINGS = /\/settings\b|\/(modules|webhooks)\b|\/workspaces\/:workspace_id$/;
const PRIVACY = /\/(erase|export|consents?)\b/;

export function auditCategoryOf(url: string, permission: string | undefined): AuditCategory {
  if (url.includes('/auth/') || url.startsWith('/me')) return 'auth';
  if (ACCESS.test(url) || (permission !== undefined && ACCESS.test(permission))) return 'access';
  if (PRIVACY.test(url)) return 'privacy';
  if (SETTINGS.test(url)) return 'settings';
  return 'data';
}

/** Deletions and changes of who may do what or how the workspace behaves deserve a look: notice. */
export function auditSeverityOf(method: string, category: AuditCategory): AuditSeverity {
  if (category === 'access' || category === 'settings' || category === 'privacy') return 'notice';
  return method === 'DELETE' ? 'notice' : 'info';
}
