// The console's i18n: a typed dictionary per language, no runtime key lookup.
export { I18nProvider } from "./I18nProvider";
export { useI18n, useT } from "./context";
export { LOCALES, type Locale } from "./locales";
export type { Messages } from "./zh-CN";
