// Rule-set problems, from the domain's own check (validateRuleSet, run before saving) or from the
// API (extensions.fields), turned into translated messages under the fields they concern. The domain
// words its problems as English sentences naming the field; only their shape is read here.
import type { Messages } from "../../../i18n";

export type FieldPath = (string | number)[];
export interface FieldProblem {
  /** The form field, or null for a problem of the whole rule set. */
  name: FieldPath | null;
  message: string;
}

type NumberField = keyof Messages["ruleSets"]["fields"];

function fieldLabel(name: string, t: Messages): string {
  const fields: Record<string, string> = t.ruleSets.fields;
  return fields[name] ?? name;
}

/** One problem sentence (or a server field message with its field path) in the user's language. */
export function translateProblem(sentence: string, t: Messages, path?: string): FieldProblem {
  const r = t.ruleSets.problems;
  let m = /^(\w+) must be between (\d+) and (\d+)/.exec(sentence);
  if (m) return { name: [m[1] as NumberField], message: r.between(Number(m[2]), Number(m[3])) };
  m = /^(\w+) must be an integer/.exec(sentence);
  if (m) return { name: [m[1] as NumberField], message: r.integer };
  m = /^(\w+) \(\d+\) must not be less than (\w+)/.exec(sentence);
  if (m && m[1] && m[2]) return { name: [m[1]], message: r.notLessThan(fieldLabel(m[2], t)) };
  m = /^(\w+) \(\d+\) must not exceed (\w+)/.exec(sentence);
  if (m && m[1] && m[2]) return { name: [m[1]], message: r.notMoreThan(fieldLabel(m[2], t)) };
  m = /^(categories|subjectAreas)\[(\d+)\]\.(code|zh|en) must be a non-empty string/.exec(sentence);
  if (m && m[1] && m[3]) return { name: [m[1], Number(m[2]), m[3]], message: r.required };
  m = /^(categories|subjectAreas)\[(\d+)\]\.code .* is listed twice/.exec(sentence);
  if (m && m[1]) return { name: [m[1], Number(m[2]), "code"], message: r.duplicateCode };
  if (/at least one category as solved/.test(sentence)) return { name: null, message: r.oneSolved };
  m = /^(categories|subjectAreas) must be a non-empty list/.exec(sentence);
  if (m) return { name: null, message: r.emptyList(m[1] === "categories" ? t.ruleSets.categories : t.ruleSets.subjectAreas) };
  // A server message for a known field (e.g. "categories.0.zh"): the field is known, the wording not.
  if (path) return { name: path.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p)), message: r.invalid };
  return { name: null, message: r.invalid };
}
