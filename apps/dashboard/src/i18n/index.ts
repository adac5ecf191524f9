import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { es } from './es';
import { ptBR } from './pt-BR';

export const LANGUAGES = [
  { code: 'es', label: 'Español' },
  { code: 'pt-BR', label: 'Português (Brasil)' },
  { code: 'en', label: 'English' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];

const LANGUAGE_KEY = 'nexova.language';

/** The dashboard's language for a locale tag (`pt`, `pt-BR` → pt-BR; `en-US` → en; otherwise es). */
export function languageOf(tag: string | undefined): Language {
  const lower = (tag ?? '').toLowerCase();
  if (lower.startsWith('pt')) return 'pt-BR';
  if (lower.startsWith('en')) return 'en';
  return 'es';
}

/** The language the member picked in the header (persisted), if any. */
export function userLanguage(): Language | null {
  const stored = localStorage.getItem(LANGUAGE_KEY);
  return stored ? languageOf(stored) : null;
}

export async function setLanguage(language: Language): Promise<void> {
  localStorage.setItem(LANGUAGE_KEY, language);
  await i18n.changeLanguage(language);
}

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { es: { translation: es }, 'pt-BR': { translation: ptBR }, en: { translation: en } },
  lng: userLanguage() ?? languageOf(navigator.language),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  initAsync: false,
});
document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});
