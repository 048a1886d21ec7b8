import i18next from 'i18next';

export const languages = ['vi', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'vi';
const STORAGE_KEY = 'newsroom.language';

type Catalog = Record<string, unknown>;
export type Catalogs = Record<string, Record<string, Catalog>>;

/**
 * Each feature owns `locales/<lang>/<namespace>.json`; a test keeps the two languages' keys equal.
 * Catalogs are separate chunks: the browser downloads only the current language, and a feature's
 * namespace only when a page of that feature asks for it.
 */
const loaders = import.meta.glob<{ default: Catalog }>('./locales/*/*.json');

/**
 * What the frame and the sign-in page speak, before their first render. Every page behind sign-in
 * loads its own namespaces with its code (src/app/router.tsx), so the sign-in page does not wait for
 * the dashboard's words.
 */
export const shellNamespaces = ['common', 'auth', 'errors', 'validation'];

const lazyBackend = {
  type: 'backend' as const,
  init() {},
  read(lang: string, ns: string, done: (error: unknown, data: Catalog | null) => void) {
    const load = loaders[`./locales/${lang}/${ns}.json`];
    if (!load) return done(null, {});
    load().then(
      (m) => done(null, m.default),
      (error) => done(error, null),
    );
  },
};

let bundled: Catalogs | null = null;
/** Tests hand every catalog over up front, so initialisation is synchronous there. */
export function provideCatalogs(catalogs: Catalogs): void {
  bundled = catalogs;
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
 * Idempotent: the app calls it once at start-up (and awaits `ready`), tests once per render.
 * With catalogs provided (tests) it is synchronous; otherwise the backend fetches the current
 * language's shell namespaces first and the rest on demand.
 */
let ready: Promise<unknown> = Promise.resolve();
export function initI18n(lang: Language = storedLanguage()) {
  if (!i18next.isInitialized) {
    const common = {
      lng: lang,
      fallbackLng: defaultLanguage,
      supportedLngs: [...languages],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
    };
    if (bundled) {
      void i18next.init({ ...common, resources: bundled, ns: Object.keys(bundled[defaultLanguage] ?? {}), initAsync: false });
    } else {
      ready = i18next.use(lazyBackend).init({ ...common, ns: shellNamespaces });
    }
    // Screen readers and the browser's spell-checker follow <html lang>.
    i18next.on('languageChanged', (next) => {
      document.documentElement.lang = next;
    });
  } else if (i18next.language !== lang) {
    ready = i18next.changeLanguage(lang);
  }
  document.documentElement.lang = lang;
  return i18next;
}

/** Resolves once the current language's shell catalogs are in. */
export const i18nReady = (): Promise<unknown> => ready;

/** A lazy page waits for its own namespaces so it never flashes raw keys. */
export const loadNamespaces = (...ns: string[]): Promise<void> => i18next.loadNamespaces(ns);

/** Switches the interface language and remembers the choice for the next visit. */
export async function switchLanguage(lang: Language): Promise<void> {
  rememberLanguage(lang);
  await i18next.changeLanguage(lang);
}

export { i18next };
export { useTranslation, type Translation } from './use-translation';
