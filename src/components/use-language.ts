import { defaultLanguage, isLanguage, type Language, switchLanguage, useTranslation } from '@/i18n';

/** The interface language and a setter that also remembers it for the next visit. */
export function useLanguage(): [language: Language, setLanguage: (lang: Language) => Promise<void>] {
  const { i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  return [isLanguage(current) ? current : defaultLanguage, switchLanguage];
}
