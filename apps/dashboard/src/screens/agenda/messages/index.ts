import type { SectionMessages } from '../../messages';
import { type AgendaMessages, en } from './en';
import { es } from './es';
import { ptBR } from './pt-BR';

// One file per language (each a few hundred lines); `en` is the shape the others must match.
export type { AgendaMessages };
export const messages: SectionMessages<AgendaMessages> = { en, es, 'pt-BR': ptBR };
