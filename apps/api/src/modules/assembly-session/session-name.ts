// The customary name of a plenary from its term and number: term 5, number 4 → 五届四次会议.
const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;

/** Chinese numerals for 1–99 as used in session names (十, 十二, 二十, 二十三). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`numeral out of range: ${n}`);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : DIGITS[tens]}十${ones ? DIGITS[ones] : ""}`;
}

export function defaultSessionName(term: number, number: number): string {
  return `${chineseNumeral(term)}届${chineseNumeral(number)}次会议`;
}
