import { canTransition, SESSION_STATES, type SessionState } from '../domain/session-machine';
import type { AppointmentView } from '../tools/clinic-context';
import type { BrainOutcome, BrainTurn } from './agent-brain';
import { BOOKING_REPLIES, type BookingReplies, when } from './booking-replies';

// The offline agent books (clinic workspaces) with the order states of the session machine:
// COLLECTING_ORDER = choosing a service, NEEDS_DETAILS = choosing a slot, AWAITING_CONFIRMATION =
// a slot held (or a cancellation asked), EXECUTING → DONE. A session is booking when it sits in
// those states with no draft order. What the customer was offered lives in the agent's tool log
// (hold_slot's `option` picks from the last find_slots), so the session needs no new columns.

type Offer = {
  time_zone: string;
  service: { service_id: string; name: string } | null;
  services: { service_id: string; name: string }[];
  slots: { option: number; starts_at: string; professional_name: string | null }[];
};
type Context = { name: string; upcoming: AppointmentView[] };
type Out = (reply: string | null, target: SessionState | null) => BrainOutcome;

/** The shortest guarded path from one state to another (never through HANDOFF); [] when already there. */
export function route(from: SessionState, to: SessionState): SessionState[] {
  if (from === to) return [];
  const prev = new Map<SessionState, SessionState>();
  const queue: SessionState[] = [from];
  while (queue.length) {
    const at = queue.shift() as SessionState;
    for (const next of SESSION_STATES) {
      if (next === 'handoff' || prev.has(next) || next === from || !canTransition(at, next)) continue;
      prev.set(next, at);
      if (next === to) {
        const path: SessionState[] = [to];
        for (let s = at; s !== from; s = prev.get(s) as SessionState) path.unshift(s);
        return path;
      }
      queue.push(next);
    }
  }
  return [];
}

export const BOOKING_STATES: readonly SessionState[] = ['collecting_order', 'needs_details', 'awaiting_confirmation'];

export class BookingTurn {
  private readonly r: BookingReplies;
  constructor(
    private readonly turn: BrainTurn,
    private readonly out: Out,
  ) {
    this.r = BOOKING_REPLIES[turn.memory.locale];
  }

  private visit(a: AppointmentView) {
    return {
      service: a.service_name,
      when: when(a.starts_at, a.time_zone, this.turn.memory.locale),
      who: a.professional_name,
    };
  }

  /** "I'd like an appointment" (or a service's name while choosing one): services to pick from, or the slots. */
  async start(service?: string): Promise<BrainOutcome> {
    const res = await this.turn.callTool('find_slots', service ? { service } : {});
    if (!res.ok) return this.out(res.error.code === 'module_not_enabled' ? this.r.noBooking : this.r.noServices, null);
    const offer = res.output as Offer;
    if (!offer.service) {
      if (!offer.services.length) return this.out(this.r.noServices, null);
      const list = offer.services.map((s, i) => `${i + 1}. ${s.name}`).join('\n');
      return this.out(this.r.services(list), 'collecting_order');
    }
    if (!offer.slots.length) return this.out(this.r.noSlots(offer.service.name), 'idle');
    const locale = this.turn.memory.locale;
    const list = offer.slots
      .map(
        (s) =>
          `${s.option}. ${when(s.starts_at, offer.time_zone, locale)}${s.professional_name ? ` — ${s.professional_name}` : ''}`,
      )
      .join('\n');
    return this.out(this.r.slots(offer.service.name, list), 'needs_details');
  }

  /** A number while choosing a service: the same (stable) service list, its n-th one. */
  async pickService(n: number): Promise<BrainOutcome> {
    const res = await this.turn.callTool('find_slots', {});
    const services = res.ok ? (res.output as Offer).services : [];
    const picked = services[n - 1];
    if (!picked) return this.out(this.r.badOption(n), null);
    return this.start(picked.service_id);
  }

  /** A number while choosing a slot: hold it for the customer and ask to confirm. */
  async pickSlot(n: number): Promise<BrainOutcome> {
    const res = await this.turn.callTool('hold_slot', { option: n });
    if (res.ok) return this.out(this.r.held(this.visit(res.output as AppointmentView)), 'awaiting_confirmation');
    if (res.error.code === 'agent_option_unknown') return this.out(this.r.badOption(n), null);
    return this.out(`${this.r.slotGone}\n${(await this.start()).reply ?? ''}`.trim(), 'needs_details');
  }

  /** "yes" while awaiting: book the held slot, or else cancel the appointment that was asked about. */
  async confirm(): Promise<BrainOutcome> {
    const context = await this.context();
    if (context?.upcoming.some((a) => a.status === 'held')) {
      // Without an id: the newest hold (the slot just picked), should an older one still be live.
      const res = await this.turn.callTool('book_appointment', {});
      if (res.ok) return this.outVia(this.r.booked(this.visit(res.output as AppointmentView)));
      return this.out(this.r.slotGone, 'idle');
    }
    const next = context?.upcoming.find((a) => a.status !== 'held');
    if (!next) return this.out(this.r.noAppointment, 'idle');
    const res = await this.turn.callTool('cancel_appointment', { appointment_id: next.appointment_id });
    if (!res.ok) return this.out(this.r.noAppointment, 'idle');
    return this.outVia(this.r.canceled(this.visit(res.output as AppointmentView)));
  }

  /** "no" while awaiting: release a held slot (else keep the appointment). */
  async decline(): Promise<BrainOutcome> {
    const hold = (await this.context())?.upcoming.find((a) => a.status === 'held');
    if (!hold) return this.out(this.r.kept, 'idle');
    await this.turn.callTool('cancel_appointment', { appointment_id: hold.appointment_id });
    return this.out(this.r.released, 'idle');
  }

  /** "cancel my appointment": name the next one and ask to confirm. */
  async askCancel(): Promise<BrainOutcome> {
    const res = await this.turn.callTool('get_patient_context', {});
    if (!res.ok)
      return this.out(res.error.code === 'module_not_enabled' ? this.r.noBooking : this.r.noAppointment, null);
    const next = (res.output as Context).upcoming.find((a) => a.status !== 'held');
    if (!next) return this.out(this.r.noAppointment, null);
    return this.out(this.r.askCancel(this.visit(next)), 'awaiting_confirmation');
  }

  private async context(): Promise<Context | null> {
    const res = await this.turn.callTool('get_patient_context', {});
    return res.ok ? (res.output as Context) : null;
  }

  /** Done through EXECUTING, as the order flow. */
  private outVia(reply: string): BrainOutcome {
    const o = this.out(reply, 'executing');
    return { ...o, path: [...o.path, 'done'] };
  }
}
