import { defineModule, eventsIn } from '@nexova/module';
import * as events from './contracts/events/billing-events.v1';
import * as reversed from './contracts/events/payment-reversed.v1';
import { billingPermissions } from './http/permissions';
import { invoiceRoutes } from './http/routes';

/** Clinic invoices as the app mounts them; their payments live in the payments ledger. */
export const billingModule = defineModule({
  name: 'billing',
  routes: [{ name: 'invoices', plugin: invoiceRoutes }],
  permissions: billingPermissions,
  events: eventsIn(events, reversed),
  titles: {
    invoice_not_found: { es: 'Factura no encontrada', 'pt-BR': 'Fatura não encontrada' },
    invoice_status_conflict: {
      es: 'El estado de la factura no permite esta acción',
      'pt-BR': 'O status da fatura não permite esta ação',
    },
    invoice_empty: { es: 'La factura no tiene ítems', 'pt-BR': 'A fatura não tem itens' },
    invoice_item_invalid: { es: 'Ítem de factura no válido', 'pt-BR': 'Item de fatura inválido' },
    invoice_item_unpriced: { es: 'El ítem no tiene precio', 'pt-BR': 'O item não tem preço' },
    invoice_currency_mismatch: {
      es: 'Moneda distinta a la de la factura',
      'pt-BR': 'Moeda diferente da da fatura',
    },
    invoice_patient_invalid: { es: 'Paciente no válido', 'pt-BR': 'Paciente inválido' },
    payment_reference_required: {
      es: 'Falta la referencia del pago (pix: id end-to-end o txid)',
      'pt-BR': 'Falta a referência do pagamento (pix: id end-to-end ou txid)',
    },
  },
});
