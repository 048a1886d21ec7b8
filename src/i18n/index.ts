import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

export const languages = ['vi', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'vi';
const STORAGE_KEY = 'newsroom.language';

/** Each feature owns `locales/<lang>/<namespace>.json`; a test keeps the two languages' keys equal. */
const modules = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json', { eager: true });

export const resources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [path, mod] of Object.entries(modules)) {
  const [, lang, ns] = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path) ?? [];
  if (!lang || !ns) continue;
  (resources[lang] ??= {})[ns] = mod.default;
}

export function storedLanguage(): Language {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return (languages as readonly string[]).includes(v ?? '') ? (v as Language) : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

export function rememberLanguage(lang: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* private mode: the choice lasts for this tab only */
  }
}

export const isLanguage = (value: unknown): value is Language => (languages as readonly unknown[]).includes(value);

/**
 * Idempotent: the app calls it once at start-up, tests once per render. The catalogs are bundled,
 * so initialisation is synchronous (`initAsync: false`) and the first render already has its texts.
 */
export function initI18n(lang: Language = storedLanguage()) {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng: lang,
      fallbackLng: defaultLanguage,
      supportedLngs: [...languages],
      defaultNS: 'common',
      ns: Object.keys(resources[defaultLanguage] ?? {}),
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
      react: { useSuspense: false },
    });
    // Screen readers and the browser's spell-checker follow <html lang>.
    i18next.on('languageChanged', (next) => {
      document.documentElement.lang = next;
    });
  } else if (i18next.language !== lang) {
    void i18next.changeLanguage(lang);
  }
  document.documentElement.lang = i18next.language;
  return i18next;
}

/** Switches the interface language and remembers the choice for the next visit. */
export async function switchLanguage(lang: Language): Promise<void> {
  rememberLanguage(lang);
  await i18next.changeLanguage(lang);
}

export { i18next };
