import { describe, expect, it } from 'vitest';
import { reminderMoment } from '../use-cases/reminder-timer';
import { icsRequest } from './ics';
import { reminderTokens } from './reminder-token';

const ws = '01a22157-0000-7000-8000-000000000001';
const appt = '01a22157-0000-7000-8000-000000000002';

describe('reminder moment', () => {
  const startsAt = new Date('2026-12-01T12:00:00Z');
  it('is the lead time before the start, at once when that passed, none once it started', () => {
    expect(reminderMoment(startsAt, 60, new Date('2026-12-01T08:00:00Z'))).toEqual(new Date('2026-12-01T11:00:00Z'));
    const now = new Date('2026-12-01T11:30:00Z');
    expect(reminderMoment(startsAt, 60, now)).toEqual(now);
    expect(reminderMoment(startsAt, 60, startsAt)).toBeNull();
  });
});

describe('reminder tokens', () => {
  const tokens = reminderTokens('a-secret-of-at-least-thirty-two-characters');
  const claim = { workspaceId: ws, appointmentId: appt, action: 'confirm' as const };
  it('verify what they signed until it expires, and nothing forged or signed by another key', () => {
    const token = tokens.sign(claim, new Date('2026-12-01T12:00:00Z'));
    expect(tokens.verify(token, new Date('2026-12-01T11:59:00Z'))).toEqual(claim);
    expect(tokens.verify(token, new Date('2026-12-01T12:00:00Z'))).toBe('expired');
    expect(tokens.verify(token.replace('.confirm.', '.cancel.'), new Date(0))).toBe('invalid');
    expect(reminderTokens('another-secret-of-thirty-two-characters!').verify(token, new Date(0))).toBe('invalid');
    expect(tokens.verify('garbage', new Date(0))).toBe('invalid');
  });
});

describe('ics', () => {
  it('is one REQUEST event in UTC with escaped text, CRLF lines folded at 75 octets', () => {
    const ics = icsRequest({
      uid: appt,
      startsAt: new Date('2026-12-01T12:00:00Z'),
      endsAt: new Date('2026-12-01T12:45:00Z'),
      summary: 'Consulta, retorno; Dra. Ana',
      description: `Línea uno\n${'ç'.repeat(80)}`,
      now: new Date('2026-11-28T08:00:00Z'),
    });
    expect(ics).toContain('METHOD:REQUEST\r\n');
    expect(ics).toContain(
      `UID:${appt}\r\nDTSTAMP:20261128T080000Z\r\nDTSTART:20261201T120000Z\r\nDTEND:20261201T124500Z\r\n`,
    );
    expect(ics).toContain('SUMMARY:Consulta\\, retorno\\; Dra. Ana\r\n');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n /g, '')).toContain(`DESCRIPTION:Línea uno\\n${'ç'.repeat(80)}\r\n`);
  });
});
