import type { SessionState } from '../domain/session-machine';
import type { OrderView } from '../tools/order-view';
import type { AgentBrain, BrainOutcome, BrainTurn } from './agent-brain';
import { BOOKING_STATES, BookingTurn, route } from './booking-turn';
import { type Intent, matchIntent, normalise } from './intents';
import { detectLocale } from './locale';
import { money, REPLIES, type Replies } from './replies';

// The default brain when no language model is configured: keyword rules (intents.ts) in es, pt-BR
// and en, driving the same tools a model would. One order at a time per conversation.

type Found = { variant_id: string; quantity: number };
type ProductList = {
  products: { name: string; currency: string; variants: { variant_id: string; price: number }[] }[];
};

const PICKUP = /\b(retiro|retirar|recoger|retirada|buscar|pickup|pick up|collect)\b/;
/** "catálogo", "catalog", "menu": the catalog as a WhatsApp list (send_catalog); "productos" stays a text list. */
const CATALOG = /\b(catalogo|catalog|catalogue|menu)\b/;
const ORDERING: readonly SessionState[] = ['collecting_order', 'needs_details', 'awaiting_confirmation'];

export class OfflineBrain implements AgentBrain {
  readonly kind = 'offline' as const;

  async respond(turn: BrainTurn): Promise<BrainOutcome> {
    const text = normalise(turn.text);
    const locale = detectLocale(text) ?? turn.memory.locale;
    return new Turn(turn, { ...turn.memory, locale }, REPLIES[locale]).run(matchIntent(turn.text), text);
  }
}

class Turn {
  constructor(
    private readonly turn: BrainTurn,
    private readonly memory: BrainTurn['memory'],
    private readonly r: Replies,
  ) {}

  private out(reply: string | null, path: SessionState[], changes: Partial<BrainOutcome> = {}): BrainOutcome {
    const { state: _state, ...memory } = this.memory;
    return { ...memory, failedTurns: 0, reply, path, ...changes };
  }

  /** A booking in progress (clinic): an order state with no draft order. */
  private get booking(): BookingTurn | null {
    if (this.memory.draftOrderId || !BOOKING_STATES.includes(this.memory.state)) return null;
    return this.booker();
  }

  private booker(): BookingTurn {
    const turn = { ...this.turn, memory: this.memory };
    return new BookingTurn(turn, (reply, target) => this.out(reply, target ? route(this.memory.state, target) : []));
  }

  async run(intent: Intent, text: string): Promise<BrainOutcome> {
    const state = this.memory.state;
    const booking = this.booking;
    const inbound = this.turn.inbound;
    if (inbound && (inbound.kind === 'image' || inbound.kind === 'document')) return this.receipt(inbound);
    if (inbound?.replyId?.startsWith('variant:'))
      return this.placeFound(
        [{ variant_id: inbound.replyId.slice('variant:'.length), quantity: 1 }],
        [],
        this.turn.text,
      );
    switch (intent.kind) {
      case 'handoff':
        return this.handoff('keyword', this.turn.text);
      case 'greet':
        return this.out(this.r.greet, []);
      case 'list_products':
        return this.listProducts(intent.search, CATALOG.test(text));
      case 'add_items':
        return this.addItems(intent.items, text);
      case 'book':
        // "quiero un turno de limpieza" names the service; find_slots picks it when one matches best.
        return this.booker().start(this.turn.text.trim().slice(0, 100));
      case 'cancel_booking':
        return this.booker().askCancel();
      case 'choice':
        if (booking && state === 'collecting_order') return booking.pickService(intent.n);
        if (booking && state === 'needs_details') return booking.pickSlot(intent.n);
        return this.notUnderstood(text);
      case 'yes':
        if (booking && state === 'awaiting_confirmation') return booking.confirm();
        if (state === 'awaiting_confirmation') return this.confirm();
        return this.notUnderstood(text);
      case 'no':
        if (booking && state === 'awaiting_confirmation') return booking.decline();
        if (state === 'awaiting_confirmation') return this.out(this.r.changeOrder, ['needs_details']);
        return this.notUnderstood(text);
      default:
        // While choosing a service, its name.
        if (booking && state === 'collecting_order') return booking.start(this.turn.text.trim().slice(0, 100));
        return this.notUnderstood(text);
    }
  }

  private async handoff(source: 'keyword' | 'failures', reason: string): Promise<BrainOutcome> {
    const done = await this.turn.callTool('request_human_handoff', { source, reason: reason.slice(0, 500) });
    if (!done.ok) return this.out(this.r.confirmFailed, []);
    return this.out(this.r.handoff, ['handoff']);
  }

  /** An image or PDF while an order awaits payment: kept as its receipt (attach_receipt finds the order). */
  private async receipt(inbound: NonNullable<BrainTurn['inbound']>): Promise<BrainOutcome> {
    if (inbound.mediaStatus !== 'stored') return this.out(this.r.fileUnreadable, []);
    const res = await this.turn.callTool('attach_receipt', { message_id: inbound.messageId });
    if (!res.ok)
      return this.out(
        res.error.code === 'agent_no_order_awaiting_payment' ? this.r.noOrderForReceipt : this.r.fileUnreadable,
        [],
      );
    return this.out(this.r.receiptAttached((res.output as { number: number }).number), []);
  }

  private async listProducts(search: string | null, asList: boolean): Promise<BrainOutcome> {
    if (asList && !search) {
      const sent = await this.turn.callTool('send_catalog', {
        body: this.r.catalogBody,
        button: this.r.catalogButton,
        locale: this.memory.locale,
      });
      if (sent.ok && (sent.output as { rows: number }).rows > 0) return this.out(null, []);
    }
    const res = await this.turn.callTool('list_products', search ? { search } : {});
    const products = res.ok ? (res.output as ProductList).products : [];
    if (!products.length) return this.out(this.r.noProducts(search), []);
    const list = products
      .map((p) => `• ${p.name} — ${money(p.variants[0]?.price ?? 0, p.currency, this.memory.locale)}`)
      .join('\n');
    return this.out(this.r.products(list), []);
  }

  private async addItems(items: { quantity: number; product: string }[], text: string): Promise<BrainOutcome> {
    const found: Found[] = [];
    const missing: string[] = [];
    for (const item of items) {
      const res = await this.turn.callTool('list_products', { search: item.product, limit: 1 });
      const variant = res.ok ? (res.output as ProductList).products[0]?.variants[0] : undefined;
      if (variant) found.push({ variant_id: variant.variant_id, quantity: item.quantity });
      else missing.push(item.product);
    }
    // "Calle 5 de Mayo 123" reads like "5 x mayo": while waiting for an address, it is one.
    if (!found.length && this.memory.state === 'needs_details') return this.details(text);
    if (!found.length) return this.out(this.r.notFound(missing.join(', ')), []);
    return this.placeFound(found, missing, items.map((i) => i.product).join(', '));
  }

  /** Adds the variants to the draft (or starts one) and reads the order back. */
  private async placeFound(found: Found[], missing: string[], asked: string): Promise<BrainOutcome> {
    const state = this.memory.state;

    let order: OrderView | null = null;
    if (this.memory.draftOrderId && ORDERING.includes(state)) {
      for (const f of found) {
        const res = await this.turn.callTool('add_item_to_draft', { order_id: this.memory.draftOrderId, ...f });
        if (res.ok) order = res.output as OrderView;
      }
    }
    if (!order) {
      const res = await this.turn.callTool('create_order_draft', { items: found });
      if (!res.ok) return this.out(this.r.notFound(asked), []);
      order = res.output as OrderView;
    }
    const path: SessionState[] =
      state === 'collecting_order'
        ? ['needs_details']
        : state === 'needs_details'
          ? []
          : state === 'awaiting_confirmation'
            ? ['needs_details']
            : ['collecting_order', 'needs_details'];
    const note = missing.length ? `${this.r.notFound(missing.join(', '))}\n` : '';
    const reply = note + this.r.added(order.lines, money(order.total, order.currency, this.memory.locale));
    return this.out(reply, path, { draftOrderId: order.order_id });
  }

  private async details(text: string): Promise<BrainOutcome> {
    const orderId = this.memory.draftOrderId;
    if (!orderId) return this.notUnderstood(text);
    const delivery = PICKUP.test(text)
      ? { method: 'pickup' }
      : { method: 'delivery', address: this.turn.text.trim().slice(0, 500) };
    const set = await this.turn.callTool('set_delivery_details', { order_id: orderId, delivery });
    if (!set.ok) return this.failed(text);
    const res = await this.turn.callTool('request_confirmation', { order_id: orderId });
    if (!res.ok) return this.failed(text);
    const o = res.output as OrderView;
    const where = o.delivery?.method === 'pickup' ? this.r.pickup : (o.delivery?.address ?? '');
    const reply = this.r.confirm({
      number: o.number,
      lines: o.lines,
      total: money(o.total, o.currency, this.memory.locale),
      delivery: where,
    });
    return this.out(reply, ['awaiting_confirmation']);
  }

  private async confirm(): Promise<BrainOutcome> {
    const orderId = this.memory.draftOrderId;
    if (!orderId) return this.out(this.r.confirmFailed, ['collecting_order']);
    const res = await this.turn.callTool('confirm_order', { order_id: orderId });
    if (!res.ok) return this.out(this.r.confirmFailed, ['executing', 'awaiting_confirmation']);
    const o = res.output as OrderView;
    return this.out(this.r.confirmed(o.number, money(o.total, o.currency, this.memory.locale)), ['executing', 'done'], {
      draftOrderId: null,
    });
  }

  private notUnderstood(text: string): Promise<BrainOutcome> {
    if (this.memory.state === 'needs_details' && this.memory.draftOrderId && text.length >= 4)
      return this.details(text);
    return this.failed(text);
  }

  private async failed(text: string): Promise<BrainOutcome> {
    const failedTurns = this.memory.failedTurns + 1;
    if (failedTurns >= this.turn.maxFailedTurns) return this.handoff('failures', text);
    return this.out(this.r.notUnderstood, [], { failedTurns });
  }
}
