import type { Locale } from '@nexova/http';

type Action = 'confirm' | 'cancel';

// The words of the reminder's confirm/cancel page, per locale.
export const texts: Record<
  Locale,
  {
    title: Record<Action, string>;
    ask: Record<Action, string>;
    button: Record<Action, string>;
    done: Record<Action, string>;
    invalid: string;
    expired: string;
    refused: string;
  }
> = {
  en: {
    title: { confirm: 'Confirm your appointment', cancel: 'Cancel your appointment' },
    ask: { confirm: 'Confirm your appointment on {when}?', cancel: 'Cancel your appointment on {when}?' },
    button: { confirm: 'Confirm', cancel: 'Cancel the appointment' },
    done: { confirm: 'Your appointment on {when} is confirmed.', cancel: 'Your appointment on {when} is canceled.' },
    invalid: 'This link is not valid. Please contact the clinic.',
    expired: 'This link has expired. Please contact the clinic.',
    refused: 'This appointment can no longer be changed from this link (it is {status}). Please contact the clinic.',
  },
  es: {
    title: { confirm: 'Confirma tu cita', cancel: 'Cancela tu cita' },
    ask: { confirm: '¿Confirmas tu cita del {when}?', cancel: '¿Cancelas tu cita del {when}?' },
    button: { confirm: 'Confirmar', cancel: 'Cancelar la cita' },
    done: { confirm: 'Tu cita del {when} está confirmada.', cancel: 'Tu cita del {when} está cancelada.' },
    invalid: 'Este enlace no es válido. Comunícate con la clínica.',
    expired: 'Este enlace venció. Comunícate con la clínica.',
    refused: 'Esta cita ya no se puede cambiar desde este enlace (está {status}). Comunícate con la clínica.',
  },
  'pt-BR': {
    title: { confirm: 'Confirme sua consulta', cancel: 'Cancele sua consulta' },
    ask: { confirm: 'Confirmar sua consulta de {when}?', cancel: 'Cancelar sua consulta de {when}?' },
    button: { confirm: 'Confirmar', cancel: 'Cancelar a consulta' },
    done: { confirm: 'Sua consulta de {when} está confirmada.', cancel: 'Sua consulta de {when} está cancelada.' },
    invalid: 'Este link não é válido. Entre em contato com a clínica.',
    expired: 'Este link expirou. Entre em contato com a clínica.',
    refused: 'Esta consulta não pode mais ser alterada por este link (está {status}). Entre em contato com a clínica.',
  },
};

export const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (_m, key: string) => values[key] ?? '');
