import type { SectionMessages } from '../../messages';
import { en, type OrdersMessages } from './en';
import { es } from './es';
import { ptBR } from './pt-BR';

// One file per language (each a few hundred lines); `en` is the shape the others must match.
export type { OrdersMessages };
export const messages: SectionMessages<OrdersMessages> = { en, es, 'pt-BR': ptBR };
