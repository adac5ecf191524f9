import { describe, expect, it } from 'vitest';
import { csvCell } from '../http/timeline-export';
import { timelineEntryOf } from './timeline-entry';
import { kindOfEvent, kindsOf } from './timeline-kinds';
import { formatMinor, summaryOf } from './timeline-summary';

const P = '0190a1b2-0000-7000-8000-000000000001';
const I = '0190a1b2-0000-7000-8000-0000000000b1';
const event = (type: string, payload: Record<string, unknown>) => ({
  id: '0190a1b2-0000-7000-8000-0000000000e1',
  type,
  occurred_at: '2026-11-20T14:00:00.000Z',
  payload: { patient_id: P, ...payload },
});

describe('timeline entries', () => {
  it('names kinds after the event without its module; groups expand, unknown tokens do not', () => {
    expect(kindOfEvent('billing.invoice.issued')).toBe('invoice.issued');
    expect(kindOfEvent('agenda.hold.ttl_elapsed')).toBeNull();
    expect(kindsOf('billing')).toEqual(['invoice.issued', 'invoice.voided', 'payment.registered', 'payment.reversed']);
    expect(kindsOf('queue')).toHaveLength(5);
    expect(kindsOf('appointment.teleported')).toBeNull();
  });

  it('billing entries carry what they did to the balance; events without a patient make none', () => {
    const delta = (type: string, p: Record<string, unknown>) => timelineEntryOf(event(type, p))?.balanceDeltaMinor;
    expect(delta('billing.invoice.issued', { currency: 'BRL', total_minor: 300 })).toBe(300);
    expect(delta('billing.invoice.voided', { currency: 'BRL', total_minor: 300 })).toBe(-300);
    expect(delta('billing.payment.registered', { currency: 'BRL', amount_minor: 100 })).toBe(-100);
    expect(delta('billing.payment.reversed', { currency: 'BRL', amount_minor: 100 })).toBe(100);
    expect(delta('agenda.appointment.booked', { starts_at: '2026-11-21T12:00:00Z' })).toBeNull();
    expect(timelineEntryOf(event('agenda.queue.joined', { patient_id: null }))).toBeNull();
    expect(timelineEntryOf(event('agenda.queue.joined', { entry_id: I }))?.refs).toEqual({ queue_entry_id: I });
  });

  it('writes summaries per locale, appointment times in the workspace time zone', () => {
    const facts = { starts_at: '2026-11-21T12:00:00.000Z', reason: 'viagem' };
    expect(summaryOf('appointment.canceled', facts, 'pt-BR', 'America/Sao_Paulo')).toBe(
      'Consulta de 21/11/2026, 09:00 cancelada — viagem',
    );
    expect(summaryOf('invoice.issued', { number: 3, currency: 'CLP', total_minor: 15000 }, 'es')).toBe(
      'Factura n.º 3 emitida: 15.000 CLP',
    );
    expect(formatMinor(1234, 'KWD', 'en')).toBe('KWD 1.234');
  });

  it('CSV cells are quoted when needed and never start a formula', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('-5')).toBe("'-5");
  });
});
