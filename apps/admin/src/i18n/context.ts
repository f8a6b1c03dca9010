// The current language and its dictionary, shared through React context (see I18nProvider).
import { createContext, useContext } from "react";
import type { Locale } from "./locales";
import type { Messages } from "./zh-CN";

export interface I18nValue {
  locale: Locale;
  t: Messages;
  setLocale: (locale: Locale) => void;
}

export const I18nContext = createContext<I18nValue | null>(null);

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n must be used inside <I18nProvider>");
  return value;
}

/** The dictionary of the current language: `const t = useT(); t.common.save`. */
export function useT(): Messages {
  return useI18n().t;
}
