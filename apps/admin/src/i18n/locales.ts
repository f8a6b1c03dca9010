// The languages the console speaks, and where the choice is remembered between visits. Only the
// default language's dictionary is part of the first page load; the others are fetched when chosen
// (see packs.ts).
export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh-CN";

const STORAGE_KEY = "jyta.locale";

function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The saved choice, else Chinese: the product is zh-CN first whatever the browser says. */
export function loadLocale(): Locale {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(saved) ? saved : DEFAULT_LOCALE;
  } catch {
    // Storage can be disabled (private mode, policy): fall back silently.
    return DEFAULT_LOCALE;
  }
}

export function saveLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered then; the switch still works for this visit.
  }
}
