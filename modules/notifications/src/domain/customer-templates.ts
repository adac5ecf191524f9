import type { Locale } from '@nexova/http';
import type { CustomerKind } from '../contracts/kinds';

// The WhatsApp templates customers get. Business-initiated messages outside the 24-hour window must
// be templates approved at the provider; each workspace registers its own under the names of its
// notification settings (defaults nexova_order_confirmed, nexova_order_shipped,
// nexova_appointment_booked, nexova_appointment_reminder), one per language, with these body placeholders in this order.

/** The body placeholders {{1}}, {{2}}… of each kind's template (docs/AGENT.md shows suggested texts). */
export const TEMPLATE_PARAMETERS: Record<CustomerKind, readonly string[]> = {
  order_confirmed: ['customer name', 'order number (#1042)', 'total (R$ 49,80)'],
  order_shipped: ['customer name', 'order number (#1042)'],
  appointment_booked: ['patient name', 'service', 'date and time', 'professional'],
  appointment_reminder: ['patient name', 'service', 'date and time', 'professional'],
};

/** The language code a template is registered under at Meta / Infobip, per workspace language. */
export const TEMPLATE_LANGUAGE: Record<Locale, string> = { es: 'es', 'pt-BR': 'pt_BR', en: 'en' };

/** WhatsApp refuses empty or multi-line placeholders: one line, never empty, at most 1024 characters. */
export const templateParameter = (value: string): string => value.replace(/\s+/g, ' ').trim().slice(0, 1024) || '-';
