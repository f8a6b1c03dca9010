// One shape for every bilingual string of the domain (labels, error messages, rule-set names), so the
// console and the reports pick a language the same way everywhere. `zh` is Simplified Chinese (zh-CN),
// the default language of the product; `en` is the switchable English.

export type Locale = "zh" | "en";

export interface LocalizedText {
  readonly zh: string;
  readonly en: string;
}

/** The text in the asked locale. */
export function localize(text: LocalizedText, locale: Locale): string {
  return locale === "en" ? text.en : text.zh;
}
