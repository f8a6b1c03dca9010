// Text helpers shared by validation and exports.

const FORMULA_START = ["=", "+", "-", "@", "\t", "\r"];

/**
 * Makes a cell value inert in Excel/WPS: a value starting with = + - @ tab or CR would be run as a
 * formula (CSV/formula injection, e.g. `=HYPERLINK(...)` in an item title), so it gets a leading `'`.
 */
export function neutraliseSpreadsheetFormula(value: string): string {
  return FORMULA_START.some((c) => value.startsWith(c)) ? `'${value}` : value;
}

/**
 * Length in characters as people count them (code points), so a rare character outside the Basic
 * Multilingual Plane (e.g. 𠮷) counts once, as PostgreSQL's char_length does; String.length would count 2.
 */
export function characterCount(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}
