import { i18n, type Language } from '../i18n';

/** One section's messages in each language; `en` is the shape the others must match. */
export type SectionMessages<T> = { en: T; es: T; 'pt-BR': T };

/**
 * Registers a section's messages as its own i18next namespace (the section's key). Called when the
 * section's chunk loads, so the initial bundle carries only the shell's messages; the screen reads
 * them with `useTranslation('<section>')`.
 */
export function registerMessages<T extends object>(namespace: string, messages: SectionMessages<T>): void {
  for (const language of Object.keys(messages) as Language[])
    if (!i18n.hasResourceBundle(language, namespace))
      i18n.addResourceBundle(language, namespace, messages[language], true, false);
}
