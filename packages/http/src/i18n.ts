// Problem titles in the languages Nexova's users read: Spanish, Brazilian Portuguese and English.
// `code` stays stable for programs; the title follows Accept-Language for people.

export type Locale = 'en' | 'es' | 'pt-BR';

const titles: Record<string, Record<Exclude<Locale, 'en'>, string>> = {
  validation_failed: { es: 'La solicitud no es válida', 'pt-BR': 'A requisição não é válida' },
  bad_request: { es: 'Solicitud incorrecta', 'pt-BR': 'Requisição inválida' },
  body_too_deep: { es: 'Cuerpo JSON demasiado anidado', 'pt-BR': 'Corpo JSON aninhado demais' },
  invalid_json: { es: 'JSON mal formado', 'pt-BR': 'JSON malformado' },
  unauthorized: { es: 'No autenticado', 'pt-BR': 'Não autenticado' },
  forbidden: { es: 'Acceso denegado', 'pt-BR': 'Acesso negado' },
  not_found: { es: 'No encontrado', 'pt-BR': 'Não encontrado' },
  route_not_found: { es: 'Ruta no encontrada', 'pt-BR': 'Rota não encontrada' },
  method_not_allowed: { es: 'Método no permitido', 'pt-BR': 'Método não permitido' },
  conflict: { es: 'Conflicto', 'pt-BR': 'Conflito' },
  precondition_failed: { es: 'La condición previa falló', 'pt-BR': 'A pré-condição falhou' },
  payload_too_large: { es: 'Contenido demasiado grande', 'pt-BR': 'Conteúdo grande demais' },
  unsupported_media_type: { es: 'Tipo de contenido no admitido', 'pt-BR': 'Tipo de conteúdo não suportado' },
  unprocessable: { es: 'No se puede procesar', 'pt-BR': 'Não é possível processar' },
  quota_exceeded: { es: 'Demasiadas solicitudes', 'pt-BR': 'Requisições demais' },
  service_unavailable: { es: 'Servicio no disponible', 'pt-BR': 'Serviço indisponível' },
  database_unavailable: { es: 'Base de datos no disponible', 'pt-BR': 'Banco de dados indisponível' },
  internal_error: { es: 'Error interno del servidor', 'pt-BR': 'Erro interno do servidor' },
  bad_url: { es: 'Ruta de la solicitud no válida', 'pt-BR': 'Caminho da requisição inválido' },
  uri_too_long: { es: 'URI demasiado larga', 'pt-BR': 'URI longa demais' },
  invalid_text: { es: 'Caracteres no admitidos', 'pt-BR': 'Caracteres não suportados' },
  invalid_value: { es: 'Valor con formato no válido', 'pt-BR': 'Valor com formato inválido' },
  value_too_long: { es: 'Valor demasiado largo', 'pt-BR': 'Valor longo demais' },
  number_out_of_range: { es: 'Número fuera de rango', 'pt-BR': 'Número fora do intervalo' },
  workspace_header_required: {
    es: 'Falta el encabezado x-workspace-id',
    'pt-BR': 'Falta o cabeçalho x-workspace-id',
  },
  token_expired: { es: 'El token de acceso expiró', 'pt-BR': 'O token de acesso expirou' },
  invalid_token: { es: 'Token no válido', 'pt-BR': 'Token inválido' },
  metrics_token_required: { es: 'Se requiere el token de métricas', 'pt-BR': 'O token de métricas é obrigatório' },
};

/** Picks the best supported locale from an Accept-Language header (q-values honoured). */
export function pickLocale(header: string | undefined): Locale {
  if (!header) return 'en';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('pt')) return 'pt-BR';
    if (tag.startsWith('es')) return 'es';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}

/** The generic title of each status, for codes no module gave a title of their own. */
const STATUS_CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  412: 'precondition_failed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  429: 'quota_exceeded',
  500: 'internal_error',
  503: 'service_unavailable',
};

/**
 * The title in `locale`: the code's own, else (given the status) the status's generic one — so a
 * reader of Spanish never gets an English title — else the English `fallback`.
 */
export function translateTitle(code: string, fallback: string, locale: Locale, status?: number): string {
  if (locale === 'en') return fallback;
  const generic = status === undefined ? undefined : STATUS_CODES[status];
  return titles[code]?.[locale] ?? (generic ? titles[generic]?.[locale] : undefined) ?? fallback;
}

/** Modules register titles for their own error codes. */
export function registerTitles(entries: Record<string, Record<Exclude<Locale, 'en'>, string>>): void {
  Object.assign(titles, entries);
}
