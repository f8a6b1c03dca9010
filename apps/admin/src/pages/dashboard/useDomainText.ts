// The domain's bilingual labels (@jyta/domain labels.ts) in the console's current language, so an
// enum value reads the same here as in the spreadsheets and the report.
import { localize, type LocalizedText } from "@jyta/domain";
import { useCallback } from "react";
import { useI18n } from "../../i18n";

export function useDomainText(): (text: LocalizedText) => string {
  const { locale } = useI18n();
  return useCallback((text: LocalizedText) => localize(text, locale === "en" ? "en" : "zh"), [locale]);
}

/** Picks the English or Chinese one of a pair the API sends (label / labelEn). */
export function useBilingual(): (zh: string, en: string | null | undefined) => string {
  const { locale } = useI18n();
  return useCallback((zh: string, en: string | null | undefined) => (locale === "en" && en ? en : zh), [locale]);
}
