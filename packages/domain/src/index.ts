// The one barrel of @jyta/domain: explicit named re-exports, so the public API is this list and
// nothing leaks by accident. Framework-free and side-effect-free: safe for require() and for Vite.

// Enumerations of the GraphQL contract and the domain's code lists
export {
  Role,
  BodyKind,
  ProposalKind,
  SubmitterType,
  ProposalStatus,
  AssignmentRole,
  AssignmentStatus,
  DueState,
  ReplyStatus,
  Satisfaction,
  CommunicationMethod,
  CommunicationStage,
  UnitKind,
  SupervisionKind,
  DeclineReason,
  NotificationKind,
  isEnumValue,
} from "./enums";
// zh-CN / English labels
export {
  roleLabels,
  bodyKindLabels,
  proposalKindLabels,
  submitterTypeLabels,
  proposalStatusLabels,
  assignmentRoleLabels,
  assignmentStatusLabels,
  dueStateLabels,
  replyStatusLabels,
  satisfactionLabels,
  communicationMethodLabels,
  communicationStageLabels,
  unitKindLabels,
  supervisionKindLabels,
  declineReasonLabels,
  notificationKindLabels,
  enumLabels,
  type EnumName,
} from "./labels";
// Bilingual text
export { localize, type Locale, type LocalizedText } from "./localized-text";
// Typed errors
export { ErrorCode, errorMessages, DomainError, isDomainError, type ErrorDetails } from "./errors";
// Allowed state changes
export {
  ProposalAction,
  PROPOSAL_TRANSITIONS,
  MERGE_PRIMARY_STATUSES,
  FINAL_PROPOSAL_STATUSES,
  AssignmentAction,
  ASSIGNMENT_TRANSITIONS,
  ACTIVE_ASSIGNMENT_STATUSES,
  ReplyAction,
  REPLY_TRANSITIONS,
  proposalTransition,
  allowedProposalActions,
  assignmentTransition,
  allowedAssignmentActions,
  replyTransition,
  allowedReplyActions,
  type TransitionRule,
  type AssignmentTransitionRule,
  type ReplyTransitionRule,
  returnAwaitsReplacement,
  type AssignmentDates,
} from "./transitions";
export { REPLYING_ASSIGNMENT_ROLES, isReplyingRole } from "./assignment-roles";
// Permission matrix
export {
  RowRelation,
  OPERATIONS,
  OPERATION_RULES,
  isOperationName,
  mayCall,
  rowRelations,
  type OperationRule,
  type OperationName,
} from "./operations";
// Civil dates and working days
export {
  CHINA_UTC_OFFSET_MINUTES,
  daysInMonth,
  isLocalDate,
  parseLocalDate,
  addCalendarDays,
  diffCalendarDays,
  addCalendarMonths,
  dayOfWeek,
  isWeekend,
  compareLocalDates,
  localDateAt,
  dateRange,
  type LocalDate,
} from "./dates";
export { WEEKENDS_ONLY, isWorkingDay, addWorkingDays, countWorkingDays, type HolidayCalendar } from "./calendar";
export {
  holidayNameLabels,
  OFFICIAL_HOLIDAY_ROWS,
  OFFICIAL_HOLIDAY_YEARS,
  calendarFromRows,
  officialHolidayCalendar,
  type HolidayRowKind,
  type HolidayRow,
} from "./official-holidays";
// Rule sets and deadlines
export {
  OfficeReview,
  HandledBasis,
  DEFAULT_OUTCOME_CATEGORIES,
  DEFAULT_SUBJECT_AREAS,
  defaultRuleSet,
  defaultRuleSets,
  officeReviewApplies,
  findCategory,
  resolveSubjectArea,
  type OutcomeCategory,
  type SubjectArea,
  type RuleSet,
} from "./rules";
export { validateRuleSet } from "./rule-set-validation";
export {
  dueDates,
  rehandlingDueOn,
  feedbackWindowEndsOn,
  dueState,
  type AssignmentDueDates,
  type DueStateInput,
} from "./due-dates";
// Rule checks
export {
  assertReturnWindowOpen,
  assertCoOpinionsSettled,
  assertCommunicationLogged,
  assertExtensionAllowed,
  assertFeedbackWindowOpen,
  type CoAssignmentFacts,
} from "./guards";
// Assignment plans
export {
  AssignmentMode,
  AssignmentPlanProblem,
  assignmentPlanProblemLabels,
  validateAssignmentPlan,
  type AssignmentPlanEntry,
} from "./assignment-plan";
// Figures
export {
  FigureKey,
  FIGURES,
  figureDefinition,
  rate,
  formatRate,
  percentile,
  median,
  type FigureDefinition,
} from "./figures";
export { countsAsSatisfied, feedbackClosesItem } from "./feedback";
export { roundTo } from "./numbers";
// Year-end assessment
export {
  defaultAssessmentScheme,
  validateScheme,
  type IndicatorComputation,
  type AssessmentIndicator,
  type AssessmentDeduction,
  type AssessmentBonus,
  type GradeBand,
  type AssessmentScheme,
} from "./assessment-scheme";
export {
  gradeFor,
  scoreUnits,
  type ScoreAdjustment,
  type UnitAssessmentInput,
  type IndicatorResult,
  type CountedPoints,
  type UnitScoreResult,
} from "./assessment";
// Merge hints
export {
  normaliseForSimilarity,
  characterBigrams,
  similarity,
  rankBySimilarity,
  type SimilarityCandidate,
} from "./similarity";
// Text
export { neutraliseSpreadsheetFormula, characterCount } from "./text";
