// The rule set: every number and list DOMAIN.md marks *configurable*, one set per item kind. Defaults
// live here as data; the API stores the edited sets and passes them into the pure functions, so no
// deadline, cap or category is ever a literal in service code.
import { ProposalKind } from "./enums";
import type { LocalizedText } from "./localized-text";

/** A reply's outcome category (答复分类), e.g. A 已解决或基本解决. */
export interface OutcomeCategory extends LocalizedText {
  readonly code: string;
  /** Counts in the numerator of the solved rate (解决率). */
  readonly solved: boolean;
  /** Items closed with it stay on the follow-up list (跟踪办理) until marked resolved. */
  readonly followUp: boolean;
}

/** An item's subject area (提案分类), chosen at registration, e.g. 经济发展. */
export interface SubjectArea extends LocalizedText {
  readonly code: string;
}

export const OfficeReview = { NONE: "NONE", KEY_ONLY: "KEY_ONLY", ALL: "ALL" } as const;
export type OfficeReview = (typeof OfficeReview)[keyof typeof OfficeReview];

/** Whether "handled items" counts items after merging (the primaries) or before (every merged item too). */
export const HandledBasis = { AFTER_MERGE: "AFTER_MERGE", BEFORE_MERGE: "BEFORE_MERGE" } as const;
export type HandledBasis = (typeof HandledBasis)[keyof typeof HandledBasis];

export interface RuleSet {
  readonly kind: ProposalKind;
  /** A unit may request a return within this many working days after assignment. */
  readonly returnWindowWorkingDays: number;
  /** CO opinions are due this many calendar months after assignment. */
  readonly coOpinionDueMonths: number;
  /** Replies are due this many calendar months after assignment. */
  readonly replyDueMonths: number;
  /** No extension beyond this many calendar months after assignment. */
  readonly extensionMaxMonths: number;
  /** Proposers may rate within this many working days after the reply is sent. */
  readonly feedbackWindowWorkingDays: number;
  /** A round-2 reply is due this many calendar months after re-handling is ordered. */
  readonly rehandlingDueMonths: number;
  /** An open assignment is DUE_SOON when at most this many calendar days are left. */
  readonly dueSoonDays: number;
  /** Caps in characters (code points). */
  readonly bodyMaxLength: number;
  readonly titleMaxLength: number;
  readonly categories: readonly OutcomeCategory[];
  readonly subjectAreas: readonly SubjectArea[];
  readonly officeReviewRequired: OfficeReview;
  /** A reply cannot go to sign-off without a communication logged on its assignment. */
  readonly communicationRequiredBeforeReply: boolean;
  readonly handledBasis: HandledBasis;
  /** Units with fewer assignments are shown but not ranked in the assessment. */
  readonly minAssessmentSample: number;
}

/** The NPC scheme's outcome categories (DOMAIN.md §2). */
export const DEFAULT_OUTCOME_CATEGORIES: readonly OutcomeCategory[] = [
  { code: "A", zh: "已解决或基本解决", en: "Solved or basically solved", solved: true, followUp: false },
  { code: "B", zh: "正在解决或已列入计划解决", en: "Being solved or planned", solved: false, followUp: true },
  { code: "C", zh: "因条件限制暂不能解决", en: "Cannot be solved yet for lack of conditions", solved: false, followUp: true },
  { code: "D", zh: "留作参考", en: "Kept for reference", solved: false, followUp: false },
];

export const DEFAULT_SUBJECT_AREAS: readonly SubjectArea[] = [
  { code: "ECONOMY", zh: "经济发展", en: "Economic development" },
  { code: "URBAN_RURAL", zh: "城乡建设与规划", en: "Urban and rural construction and planning" },
  { code: "ENVIRONMENT", zh: "生态环境保护", en: "Environmental protection" },
  { code: "EDUCATION", zh: "教育", en: "Education" },
  { code: "HEALTH", zh: "医疗卫生", en: "Health care" },
  { code: "SOCIAL_SECURITY", zh: "社会保障", en: "Social security" },
  { code: "CULTURE_TOURISM", zh: "文化旅游", en: "Culture and tourism" },
  { code: "POLITICS_LAW", zh: "政治与法治建设", en: "Political and rule-of-law development" },
  { code: "OTHER", zh: "其他", en: "Other" },
];

/** A fresh copy of the defaults for `kind` (callers may edit it freely). */
export function defaultRuleSet(kind: ProposalKind): RuleSet {
  return {
    kind,
    returnWindowWorkingDays: 5,
    coOpinionDueMonths: 1,
    replyDueMonths: 3,
    extensionMaxMonths: 6,
    feedbackWindowWorkingDays: 15,
    rehandlingDueMonths: 1,
    dueSoonDays: 10,
    bodyMaxLength: 5000,
    titleMaxLength: 200,
    categories: DEFAULT_OUTCOME_CATEGORIES.map((c) => ({ ...c })),
    subjectAreas: DEFAULT_SUBJECT_AREAS.map((a) => ({ ...a })),
    officeReviewRequired: OfficeReview.KEY_ONLY,
    communicationRequiredBeforeReply: true,
    handledBasis: HandledBasis.AFTER_MERGE,
    minAssessmentSample: 3,
  };
}

/** One default rule set per item kind. */
export function defaultRuleSets(): RuleSet[] {
  return Object.values(ProposalKind).map(defaultRuleSet);
}

/** Whether a reply of an item goes to the office for review after the unit leader signs it off. */
export function officeReviewApplies(rules: Pick<RuleSet, "officeReviewRequired">, isKey: boolean): boolean {
  switch (rules.officeReviewRequired) {
    case "NONE":
      return false;
    case "KEY_ONLY":
      return isKey;
    case "ALL":
      return true;
  }
}

/** The outcome category with this code, or undefined. */
export function findCategory(rules: Pick<RuleSet, "categories">, code: string): OutcomeCategory | undefined {
  return rules.categories.find((c) => c.code === code);
}

/**
 * The subject-area code for user or import input given as code, Chinese or English label (imports and
 * other apps send 经济发展 as often as ECONOMY); undefined when it matches none.
 */
export function resolveSubjectArea(rules: Pick<RuleSet, "subjectAreas">, input: string): string | undefined {
  const wanted = input.trim();
  const lower = wanted.toLowerCase();
  const match = rules.subjectAreas.find((a) => a.code === wanted || a.zh === wanted || a.en.toLowerCase() === lower);
  return match?.code;
}
