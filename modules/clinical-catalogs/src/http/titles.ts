import type { ProblemTitles } from '@nexova/module';

// Spanish and Brazilian Portuguese titles of clinical catalogs' problem codes.
export const clinicalCatalogTitles: ProblemTitles = {
  clinical_catalog_entry_not_found: {
    es: 'Entrada de catálogo no encontrada',
    'pt-BR': 'Item de catálogo não encontrado',
  },
  clinical_catalog_entry_global: {
    es: 'Las entradas globales se cambian con una personalización',
    'pt-BR': 'Itens globais são alterados com uma personalização',
  },
  clinical_catalog_entry_not_global: {
    es: 'Solo las entradas globales admiten personalización',
    'pt-BR': 'Só itens globais aceitam personalização',
  },
  clinical_catalog_limit_reached: {
    es: 'Se alcanzó el máximo de entradas propias del catálogo',
    'pt-BR': 'O máximo de itens próprios do catálogo foi atingido',
  },
  price_currency_pair: { es: 'Precio y moneda van juntos', 'pt-BR': 'Preço e moeda andam juntos' },
};
