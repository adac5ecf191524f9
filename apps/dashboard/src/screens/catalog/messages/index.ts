import type { SectionMessages } from '../../messages';
import { type CatalogMessages, en } from './en';
import { es } from './es';
import { ptBR } from './pt-BR';

// One file per language (each a few hundred lines); `en` is the shape the others must match.
export type { CatalogMessages };
export const messages: SectionMessages<CatalogMessages> = { en, es, 'pt-BR': ptBR };
