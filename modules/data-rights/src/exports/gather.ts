import { listAppointments } from '@nexova/agenda';
import { findPersonPatient, getPatient, listPatientAttachments, listPatientNotes } from '@nexova/clinic';
import { listConversations, listMessages } from '@nexova/conversations';
import { getCustomer, listPersonDocuments } from '@nexova/customers';
import type { AppContext } from '@nexova/db';
import type { AppFiles } from '@nexova/files';
import type { Page } from '@nexova/http';
import { getOrder, listOrders } from '@nexova/orders';
import { listOrderPayments } from '@nexova/payments';
import { getPersonConsents } from '../use-cases/get-person-consents';

/** Most items one section pages through (a person with more is exported up to it, and says so). */
export const SECTION_MAX_ITEMS = 10_000;

/** Every page of a cursor-paged list (each module's own list, through its front door). */
async function allPages<T>(page: (cursor?: string) => Promise<Page<T>>): Promise<{ items: T[]; truncated: boolean }> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const p = await page(cursor);
    items.push(...p.items);
    cursor = p.next_cursor ?? undefined;
  } while (cursor && items.length < SECTION_MAX_ITEMS);
  return { items, truncated: Boolean(cursor) };
}

type Section = (ctx: AppContext, personId: string, files: AppFiles) => Promise<unknown>;

// What the read endpoints show about one person, section by section, each from the module that owns
// it (house rule 2): the archive is what the API would answer, gathered in one place.
export const SECTIONS: [name: string, gather: Section][] = [
  [
    'person',
    async (ctx, personId) => ({
      ...(await getCustomer({ ctx, input: { customerId: personId } })),
      documents: (await allPages((cursor) => listPersonDocuments({ ctx, input: { personId, cursor } }))).items,
    }),
  ],
  ['consents', (ctx, personId) => getPersonConsents({ ctx, input: { personId } })],
  [
    'orders',
    async (ctx, personId, files) => {
      const { items, truncated } = await allPages((cursor) =>
        listOrders({ ctx, input: { customerId: personId, cursor } }),
      );
      const orders = [];
      for (const o of items)
        orders.push({
          ...(await getOrder({ ctx, input: { orderId: o.id } })),
          payments: (await allPages((cursor) => listOrderPayments({ ctx, input: { orderId: o.id, cursor, files } })))
            .items,
        });
      return { items: orders, truncated };
    },
  ],
  [
    'clinic',
    async (ctx, personId, files) => {
      const found = await findPersonPatient({ ctx, input: { personId } });
      if (!found) return null;
      const { patientId } = found;
      return {
        patient: await getPatient({ ctx, input: { patientId } }),
        notes: (await allPages((cursor) => listPatientNotes({ ctx, input: { patientId, cursor } }))).items,
        attachments: (await allPages((cursor) => listPatientAttachments({ ctx, input: { patientId, cursor, files } })))
          .items,
      };
    },
  ],
  [
    'appointments',
    async (ctx, personId) => {
      const found = await findPersonPatient({ ctx, input: { personId } });
      if (!found) return [];
      return (await allPages((cursor) => listAppointments({ ctx, input: { patientId: found.patientId, cursor } })))
        .items;
    },
  ],
  [
    'conversations',
    async (ctx, personId, files) => {
      const { items } = await allPages((cursor) => listConversations({ ctx, input: { personId, cursor } }));
      const out = [];
      for (const c of items)
        out.push({
          ...c,
          messages: (
            await allPages((cursor) =>
              listMessages({ ctx, input: { conversationId: c.id, cursor, sign: (key) => files.signer.sign(key) } }),
            )
          ).items,
        });
      return out;
    },
  ],
];

/** The stored files a gathered section links to (signed URLs: /files/<key>?expires=…&sig=…). */
export function fileKeysIn(value: unknown): string[] {
  const keys = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      const m = v.match(/\/files\/([^?]+)\?expires=/);
      if (m?.[1]) keys.add(decodeURIComponent(m[1]));
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(value);
  return [...keys];
}
