export const AGENT_LOCALES = ['es', 'pt-BR', 'en'] as const;
export type AgentLocale = (typeof AGENT_LOCALES)[number];

/** The reply locale: the given one when supported (pt → pt-BR), else Spanish (the product's default). */
export function agentLocale(locale: string | null | undefined): AgentLocale {
  const l = (locale ?? '').toLowerCase();
  if (l.startsWith('pt')) return 'pt-BR';
  if (l.startsWith('en')) return 'en';
  return 'es';
}

const HINTS: Record<AgentLocale, RegExp> = {
  es: /\b(hola|quiero|gracias|si|productos|buenas|buenos|humano|tienen|por favor|retiro|turno|cita|mi)\b/,
  'pt-BR':
    /\b(oi|ola|quero|obrigad[oa]|sim|produtos|bom dia|boa tarde|atendente|voce|nao|tem|retirada|marcar|agendar|minha)\b/,
  en: /\b(hello|hi|hey|want|thanks|yes|products|human|please|have|pickup|appointment|book|my)\b/,
};

/** The language a (normalised) message is written in, when one of its words gives it away. */
export function detectLocale(normalisedText: string): AgentLocale | null {
  for (const locale of AGENT_LOCALES) if (HINTS[locale].test(normalisedText)) return locale;
  return null;
}
