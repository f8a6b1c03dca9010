// GraphQL documents and result types of the assessment tests.
export const UNIT_SCORE_FIELDS = `unitId unit { shortName } total rank grade gradeKey ranked assignmentCount
  indicators { key label weight numerator denominator points }
  deductions { key label count points }
  bonuses { key label count points }
  adjustments { id points reason createdAt }`;

export const ASSESSMENT = `query($year: Int!) { assessment(year: $year) {
  year published publishedAt asOf
  units { ${UNIT_SCORE_FIELDS} }
  scheme { minSample indicators { key weight computation whenNoDenominator } deductions { key cause max thresholdDays } bonuses { key max } gradeBands { key zh min } }
} }`;

export const LIVE_DIFFERS = `query($year: Int!) { assessment(year: $year) { published liveDiffers units { unitId total } } }`;

export const ASSESSMENT_ITEMS = `query($year: Int!, $unitId: ID!, $indicator: String!, $part: FigurePart!, $options: AssessmentItemsOptions) {
  assessmentItems(year: $year, unitId: $unitId, indicator: $indicator, part: $part, options: $options) {
    totalItems items { assignmentId proposalId unitId number title kind status role replyDueOn firstReplySentOn daysLate category qualityScores reworkCount rating communicated }
  }
}`;

export const ADJUST = `mutation($year: Int!, $unitId: ID!, $points: Float!, $reason: String!) {
  adjustScore(year: $year, unitId: $unitId, points: $points, reason: $reason) { ${UNIT_SCORE_FIELDS} }
}`;

export const PUBLISH = `mutation($year: Int!) { publishAssessment(year: $year) { year published publishedAt units { unitId total rank grade } } }`;

export const SCHEME = `query($year: Int!) { assessmentScheme(year: $year) {
  year stored editable minSample
  indicators { key zh en weight computation whenNoDenominator categoryValues { code value } }
  deductions { key zh en cause pointsPer max thresholdDays }
  bonuses { key zh en cause pointsPer max }
  gradeBands { key zh en min }
} }`;

export const UPDATE_SCHEME = `mutation($year: Int!, $input: AssessmentSchemeInput!) { updateAssessmentScheme(year: $year, input: $input) {
  year stored editable minSample indicators { key weight } deductions { key max } bonuses { key max } gradeBands { key min }
} }`;

export interface Line {
  key: string;
  label: string;
  weight?: number;
  numerator?: number;
  denominator?: number;
  count?: number;
  points: number;
}

export interface UnitScoreResult {
  unitId: string;
  unit: { shortName: string };
  total: number;
  rank: number | null;
  grade: string | null;
  gradeKey: string | null;
  ranked: boolean;
  assignmentCount: number;
  indicators: Array<Required<Pick<Line, "key" | "label" | "weight" | "numerator" | "denominator" | "points">>>;
  deductions: Array<Required<Pick<Line, "key" | "label" | "count" | "points">>>;
  bonuses: Array<Required<Pick<Line, "key" | "label" | "count" | "points">>>;
  adjustments: Array<{ id: string; points: number; reason: string; createdAt: string }>;
}

export interface AssessmentResult {
  assessment: {
    year: number;
    published: boolean;
    publishedAt: string | null;
    asOf: string;
    units: UnitScoreResult[];
    scheme: { minSample: number; indicators: Array<{ key: string; weight: number; computation: string; whenNoDenominator: string }> };
  };
}

export interface AssessmentItemsResult {
  assessmentItems: {
    totalItems: number;
    items: Array<{
      assignmentId: string; proposalId: string; unitId: string; number: number | null; title: string; kind: string; status: string; role: string;
      replyDueOn: string | null; firstReplySentOn: string | null; daysLate: number | null; category: string | null; qualityScores: number[];
      reworkCount: number; rating: string | null; communicated: boolean;
    }>;
  };
}

/** The default scheme as the update input (what the console would send back after an edit). */
export function defaultSchemeInput(): Record<string, unknown> {
  return {
    indicators: [
      { key: "onTime", zh: "按时办复", en: "On-time reply", weight: 25, computation: "ON_TIME_RATE", whenNoDenominator: "ZERO" },
      { key: "satisfaction", zh: "满意度", en: "Satisfaction", weight: 25, computation: "SATISFACTION_RATE", whenNoDenominator: "ZERO" },
      {
        key: "solved", zh: "解决程度", en: "Solved", weight: 15, computation: "CATEGORY_MEAN", whenNoDenominator: "ZERO",
        categoryValues: [{ code: "A", value: 1 }, { code: "B", value: 0.7 }, { code: "C", value: 0.4 }, { code: "D", value: 0.2 }],
      },
      { key: "communication", zh: "沟通协商", en: "Communication", weight: 15, computation: "COMMUNICATION_RATE", whenNoDenominator: "ZERO" },
      { key: "quality", zh: "答复质量", en: "Reply quality", weight: 10, computation: "QUALITY_MEAN", whenNoDenominator: "FULL" },
      { key: "coHandling", zh: "会办配合", en: "Co-handling", weight: 10, computation: "CO_ON_TIME_RATE", whenNoDenominator: "FULL" },
    ],
    deductions: [
      { key: "rework", zh: "答复退改", en: "Replies sent back for rework", cause: "REWORK", pointsPer: 1, max: 5 },
      { key: "late", zh: "超期 30 天以上", en: "More than 30 days late", cause: "LATE", pointsPer: 2, max: 10, thresholdDays: 30 },
    ],
    bonuses: [{ key: "keyLedSolved", zh: "主办重点提案获解决", en: "Key items led and solved", cause: "KEY_LED_CLOSED_A", pointsPer: 1, max: 3 }],
    gradeBands: [
      { key: "EXCELLENT", zh: "优秀", en: "Excellent", min: 90 },
      { key: "GOOD", zh: "良好", en: "Good", min: 80 },
      { key: "PASS", zh: "合格", en: "Pass", min: 60 },
      { key: "FAIL", zh: "不合格", en: "Fail", min: 0 },
    ],
  };
}
