// The customary name of a plenary, 五届四次会议, from its term and number. Session names are data
// in Chinese whatever the interface language: they appear in official documents.
const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;

/** 1–99 in Chinese numerals: 5 → 五, 10 → 十, 14 → 十四, 20 → 二十, 35 → 三十五. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const onesText = ones === 0 ? "" : DIGITS[ones];
  if (tens === 0) return onesText ?? "";
  return `${tens === 1 ? "" : DIGITS[tens]}十${onesText ?? ""}`;
}

export function defaultSessionName(term: number | undefined, number: number | undefined): string | undefined {
  if (!term || !number) return undefined;
  return `${chineseNumber(term)}届${chineseNumber(number)}次会议`;
}
