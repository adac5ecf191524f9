import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// The confirm/cancel links of a reminder carry `<workspace>.<appointment>.<action>.<expires>.<mac>`:
// an HMAC-SHA256 (a key derived from NEXOVA_SECRET_KEY, as signed file URLs do) over the rest, so
// the link is the credential for that one action on that one appointment until it starts.

export type ReminderAction = 'confirm' | 'cancel';
export type ReminderClaim = { workspaceId: string; appointmentId: string; action: ReminderAction };
export type ReminderTokens = {
  sign(claim: ReminderClaim, expiresAt: Date): string;
  verify(token: string, now?: Date): ReminderClaim | 'expired' | 'invalid';
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function reminderTokens(secret: string | undefined): ReminderTokens {
  const key = secret ? createHmac('sha256', secret).update('nexova:agenda-reminder:v1').digest() : randomBytes(32);
  const mac = (body: string) => createHmac('sha256', key).update(body).digest('base64url');
  return {
    sign({ workspaceId, appointmentId, action }, expiresAt) {
      const body = `${workspaceId}.${appointmentId}.${action}.${Math.floor(expiresAt.getTime() / 1000)}`;
      return `${body}.${mac(body)}`;
    },
    verify(token, now = new Date()) {
      const parts = token.split('.');
      if (parts.length !== 5) return 'invalid';
      const [workspaceId = '', appointmentId = '', action, expires = '', sig = ''] = parts;
      const expected = Buffer.from(mac(parts.slice(0, 4).join('.')));
      const given = Buffer.from(sig);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
      if (!UUID.test(workspaceId) || !UUID.test(appointmentId) || (action !== 'confirm' && action !== 'cancel'))
        return 'invalid';
      const exp = Number(expires);
      if (!Number.isSafeInteger(exp)) return 'invalid';
      if (exp * 1000 <= now.getTime()) return 'expired';
      return { workspaceId, appointmentId, action };
    },
  };
}
