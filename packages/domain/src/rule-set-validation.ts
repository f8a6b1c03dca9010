// Checks an edited rule set before the API stores it: a bad number here would silently break every
// deadline of a year, so admins get a list of every problem at once, each naming the field.
import { ProposalKind, isEnumValue } from "./enums";
import { HandledBasis, OfficeReview, type RuleSet } from "./rules";

type NumberField = {
  [K in keyof RuleSet]: RuleSet[K] extends number ? K : never;
}[keyof RuleSet];

/** Sane bounds per number: wide enough for any locality's 办理办法, narrow enough to catch typos. */
const BOUNDS: Readonly<Record<NumberField, readonly [number, number]>> = {
  returnWindowWorkingDays: [1, 60],
  coOpinionDueMonths: [1, 12],
  replyDueMonths: [1, 12],
  extensionMaxMonths: [1, 24],
  feedbackWindowWorkingDays: [1, 120],
  rehandlingDueMonths: [1, 12],
  dueSoonDays: [0, 90],
  bodyMaxLength: [100, 100_000],
  titleMaxLength: [10, 1000],
  minAssessmentSample: [0, 1000],
};

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function checkCodedList(value: unknown, field: string, problems: string[], extra?: (item: Record<string, unknown>, where: string) => void): void {
  if (!Array.isArray(value) || value.length === 0) {
    problems.push(`${field} must be a non-empty list`);
    return;
  }
  const seen = new Set<string>();
  value.forEach((item: unknown, i) => {
    const where = `${field}[${i}]`;
    if (!isRecord(item)) {
      problems.push(`${where} must be an object`);
      return;
    }
    for (const key of ["code", "zh", "en"]) {
      const v = item[key];
      if (typeof v !== "string" || v.trim() === "") problems.push(`${where}.${key} must be a non-empty string`);
    }
    if (typeof item.code === "string") {
      if (seen.has(item.code)) problems.push(`${where}.code "${item.code}" is listed twice`);
      seen.add(item.code);
    }
    extra?.(item, where);
  });
}

/** Every problem of `x` as a rule set, as readable sentences naming the field; empty when valid. */
export function validateRuleSet(x: unknown): string[] {
  if (!isRecord(x)) return ["a rule set must be an object"];
  const problems: string[] = [];

  if (!isEnumValue(ProposalKind, x.kind)) problems.push(`kind must be one of ${Object.values(ProposalKind).join(", ")}`);

  for (const [field, [min, max]] of Object.entries(BOUNDS)) {
    const v = x[field];
    if (typeof v !== "number" || !Number.isInteger(v)) problems.push(`${field} must be an integer`);
    else if (v < min || v > max) problems.push(`${field} must be between ${min} and ${max} (is ${v})`);
  }

  const { replyDueMonths, extensionMaxMonths, coOpinionDueMonths } = x;
  if (typeof replyDueMonths === "number" && typeof extensionMaxMonths === "number" && extensionMaxMonths < replyDueMonths) {
    problems.push(`extensionMaxMonths (${extensionMaxMonths}) must not be less than replyDueMonths (${replyDueMonths})`);
  }
  if (typeof replyDueMonths === "number" && typeof coOpinionDueMonths === "number" && coOpinionDueMonths > replyDueMonths) {
    // The LEAD needs the opinions before its own reply is due.
    problems.push(`coOpinionDueMonths (${coOpinionDueMonths}) must not exceed replyDueMonths (${replyDueMonths})`);
  }

  checkCodedList(x.categories, "categories", problems, (item, where) => {
    if (typeof item.solved !== "boolean") problems.push(`${where}.solved must be true or false`);
    if (typeof item.followUp !== "boolean") problems.push(`${where}.followUp must be true or false`);
  });
  if (Array.isArray(x.categories) && !x.categories.some((c: unknown) => isRecord(c) && c.solved === true)) {
    problems.push("categories must mark at least one category as solved");
  }
  checkCodedList(x.subjectAreas, "subjectAreas", problems);

  if (!isEnumValue(OfficeReview, x.officeReviewRequired)) {
    problems.push(`officeReviewRequired must be one of ${Object.values(OfficeReview).join(", ")}`);
  }
  if (typeof x.communicationRequiredBeforeReply !== "boolean") {
    problems.push("communicationRequiredBeforeReply must be true or false");
  }
  if (!isEnumValue(HandledBasis, x.handledBasis)) {
    problems.push(`handledBasis must be one of ${Object.values(HandledBasis).join(", ")}`);
  }
  return problems;
}
