import { findNoticeConversation, sendNotice } from '@nexova/conversations';
import { type TxContext, withTransaction } from '@nexova/db';
import { getWorkspaceSettings } from '@nexova/tenancy';
import type { CustomerKind } from '../contracts/kinds';
import { claimCustomerMessage, settleCustomerMessage } from '../db/customer-message-store';
import type { MailAttachment } from '../db/schema';
import { findSettings } from '../db/switch-store';
import { TEMPLATE_LANGUAGE, templateParameter } from '../domain/customer-templates';
import { localeOf } from '../domain/messages';
import { customerSwitches } from '../domain/switches';
import { queueCustomerMail } from './queue-customer-mail';

export type ReachCustomerInput = {
  personId: string;
  kind: CustomerKind;
  /** What it comes from (an event id, an appointment id): one notice per source and person and channel. */
  sourceId: string;
  /** The template's body placeholders in order (domain/customer-templates.ts). */
  parameters: string[];
  /** The e-mail, when the person has an address. */
  mail: { to: string; subject: string; text: string; attachments?: MailAttachment[] } | null;
  /** False: not over WhatsApp this time (the caller knows the customer was told there already). */
  whatsapp?: boolean;
};
/** What this call queued (a redelivered source queues nothing again: both false). */
export type Reached = { whatsapp: boolean; email: boolean };

// Tells a customer about `kind` as the workspace's switches say, in the caller's transaction: over
// WhatsApp — a template message queued on the person's conversation of an active channel, shown in
// the inbox, sent by conversations' outbound sender after commit — and/or by e-mail (instead of
// WhatsApp unless email_with_whatsapp). Nothing is sent here; once per source and person.
export async function reachCustomer({ ctx, input }: { ctx: TxContext; input: ReachCustomerInput }): Promise<Reached> {
  return withTransaction(ctx, async (t) => {
    const sw = customerSwitches((await findSettings(t))?.customerChannels ?? null)[input.kind];
    const conversationId =
      sw.whatsapp && input.whatsapp !== false ? await findNoticeConversation(t, input.personId) : null;
    let whatsapp = false;
    if (
      conversationId &&
      (await claimCustomerMessage(t, { personId: input.personId, kind: input.kind, sourceId: input.sourceId }))
    ) {
      const locale = localeOf((await getWorkspaceSettings({ ctx: t })).locale);
      const template = {
        name: sw.template,
        language: TEMPLATE_LANGUAGE[locale],
        parameters: input.parameters.map(templateParameter),
      };
      const message = await sendNotice({ ctx: t, input: { personId: input.personId, template } });
      if (message) await settleCustomerMessage(t, input, message.id);
      whatsapp = message !== null;
    }
    let email = false;
    if (sw.email && input.mail && (!conversationId || sw.email_with_whatsapp))
      email = await queueCustomerMail({
        ctx: t,
        input: { ...input.mail, personId: input.personId, kind: input.kind, sourceId: input.sourceId },
      });
    return { whatsapp, email };
  });
}
