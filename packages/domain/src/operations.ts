// The permission matrix: for every GraphQL operation, which roles may call it and which relation the
// caller must have to the row it touches (DOMAIN.md §5). Data, not code, so the API's auth checker and
// its access tests iterate over the very same table (every denial tested, role by operation), and the
// console hides what a role cannot do. Unknown operations are denied.
import { Role } from "./enums";

/** What must hold between the caller and the row for a role's grant to apply. */
export const RowRelation = {
  /** No row involved, or reference data anyone with the role may see (bodies, units, the calendar). */
  ANY: "ANY",
  /** COMMITTEE staff: the item (or session, member) belongs to the user's body. */
  OWN_BODY: "OWN_BODY",
  /** Unit users: the assignment is their unit's (for an item: one of its assignments is). */
  OWN_UNIT: "OWN_UNIT",
  /** Unit users: their unit holds the item's replying assignment (SOLE, LEAD or SPLIT). */
  LEAD_UNIT: "LEAD_UNIT",
  /** MEMBER: the user's member is a proposer of the item. */
  OWN_PROPOSER: "OWN_PROPOSER",
  /** Every row. */
  READ_ALL: "READ_ALL",
} as const;
export type RowRelation = (typeof RowRelation)[keyof typeof RowRelation];

export interface OperationRule {
  readonly kind: "query" | "mutation";
  /** Callable without logging in (login, viewer, logout). */
  readonly public: boolean;
  /** The roles that may call it, each with the row relation its grant requires. */
  readonly access: Readonly<Partial<Record<Role, RowRelation>>>;
}

type Access = Partial<Record<Role, RowRelation>>;
const { ADMIN, COMMITTEE, OFFICE, UNIT_HANDLER, UNIT_LEADER, MEMBER, LEADER, API_CLIENT } = Role;
const { ANY, OWN_BODY, OWN_UNIT, LEAD_UNIT, OWN_PROPOSER, READ_ALL } = RowRelation;

const query = (access: Access): OperationRule => ({ kind: "query", public: false, access });
const mutation = (access: Access): OperationRule => ({ kind: "mutation", public: false, access });
const publicOp = (kind: OperationRule["kind"]): OperationRule => ({ kind, public: true, access: {} });

/** Every role, including API clients, reading reference data. */
const EVERYONE_ANY: Access = Object.fromEntries(Object.values(Role).map((r) => [r, ANY]));
/** Every person (not API clients): their own tasks and notifications. */
const PEOPLE_ANY: Access = Object.fromEntries(Object.values(Role).filter((r) => r !== API_CLIENT).map((r) => [r, ANY]));
/** Those who read everything (ADMIN, OFFICE, LEADER per §5; API clients hold read scopes). */
const READERS: Access = { [ADMIN]: READ_ALL, [OFFICE]: READ_ALL, [LEADER]: READ_ALL, [API_CLIENT]: READ_ALL };
/** Items and everything hanging off them, for each role's own slice. */
const ITEM_READ: Access = {
  ...READERS,
  [COMMITTEE]: OWN_BODY,
  [UNIT_HANDLER]: OWN_UNIT,
  [UNIT_LEADER]: OWN_UNIT,
  [MEMBER]: OWN_PROPOSER,
};
const ADMIN_ONLY: Access = { [ADMIN]: ANY };
const OFFICE_ONLY: Access = { [OFFICE]: READ_ALL };
const UNIT_OWN: Access = { [UNIT_HANDLER]: OWN_UNIT, [UNIT_LEADER]: OWN_UNIT };
const UNIT_LEAD: Access = { [UNIT_HANDLER]: LEAD_UNIT, [UNIT_LEADER]: LEAD_UNIT };
const COMMITTEE_OWN: Access = { [COMMITTEE]: OWN_BODY };

export const OPERATIONS = {
  // ---- Queries ----
  viewer: publicOp("query"),
  bodies: query(EVERYONE_ANY),
  sessions: query(EVERYONE_ANY),
  members: query(EVERYONE_ANY), // members pick co-proposers; contacts are a field-level matter
  units: query(EVERYONE_ANY),
  proposals: query(ITEM_READ),
  proposal: query(ITEM_READ),
  figures: query({ ...READERS, [COMMITTEE]: OWN_BODY, [UNIT_HANDLER]: OWN_UNIT, [UNIT_LEADER]: OWN_UNIT }),
  figureItems: query({ ...READERS, [COMMITTEE]: OWN_BODY, [UNIT_HANDLER]: OWN_UNIT, [UNIT_LEADER]: OWN_UNIT }), // drill-down of figures
  assessment: query({ ...READERS, [UNIT_HANDLER]: OWN_UNIT, [UNIT_LEADER]: OWN_UNIT }),
  assessmentItems: query({ ...READERS, [UNIT_HANDLER]: OWN_UNIT, [UNIT_LEADER]: OWN_UNIT }), // drill-down of assessment
  assessmentScheme: query({ ...READERS, [UNIT_HANDLER]: ANY, [UNIT_LEADER]: ANY }), // units may read how they are scored
  annualReport: query({ ...READERS, [COMMITTEE]: OWN_BODY }),
  addWorkingDays: query(EVERYONE_ANY),
  similarProposals: query({ ...READERS, [COMMITTEE]: OWN_BODY }),
  myTasks: query(PEOPLE_ANY),
  notifications: query(PEOPLE_ANY),
  users: query({ [ADMIN]: READ_ALL }),
  apiTokens: query({ [ADMIN]: READ_ALL }),
  holidays: query(EVERYONE_ANY),
  ruleSets: query(EVERYONE_ANY), // forms need the caps and categories

  // ---- Mutations: session ----
  login: publicOp("mutation"),
  logout: publicOp("mutation"),
  changePassword: mutation(PEOPLE_ANY),

  // ---- Mutations: administration ----
  createBody: mutation(ADMIN_ONLY),
  updateBody: mutation(ADMIN_ONLY),
  createSession: mutation(ADMIN_ONLY),
  updateSession: mutation(ADMIN_ONLY),
  createMember: mutation({ [ADMIN]: ANY, [COMMITTEE]: OWN_BODY }), // committee staff keep their roll
  updateMember: mutation({ [ADMIN]: ANY, [COMMITTEE]: OWN_BODY }),
  createUnit: mutation(ADMIN_ONLY),
  updateUnit: mutation(ADMIN_ONLY),
  createUser: mutation(ADMIN_ONLY),
  updateUser: mutation(ADMIN_ONLY),
  createApiToken: mutation(ADMIN_ONLY),
  revokeApiToken: mutation(ADMIN_ONLY),
  setHoliday: mutation(ADMIN_ONLY),
  updateRuleSet: mutation(ADMIN_ONLY),
  markNotificationRead: mutation(PEOPLE_ANY), // the API checks the notification is the caller's

  // ---- Mutations: the life of an item ----
  submitProposal: mutation({ [MEMBER]: OWN_PROPOSER, [COMMITTEE]: OWN_BODY }), // staff may enter (代录)
  updateDraft: mutation({ [MEMBER]: OWN_PROPOSER, [COMMITTEE]: OWN_BODY }), // a DRAFT, by whoever may submit it
  submitDraft: mutation({ [MEMBER]: OWN_PROPOSER, [COMMITTEE]: OWN_BODY }),
  withdrawProposal: mutation({ [MEMBER]: OWN_PROPOSER }),
  registerProposal: mutation(COMMITTEE_OWN),
  declineProposal: mutation(COMMITTEE_OWN),
  mergeProposals: mutation(COMMITTEE_OWN),
  assignProposal: mutation(OFFICE_ONLY),
  receiveAssignment: mutation(UNIT_OWN),
  requestReturn: mutation(UNIT_OWN),
  decideReturn: mutation(OFFICE_ONLY),
  requestExtension: mutation(UNIT_LEAD),
  decideExtension: mutation(OFFICE_ONLY),
  logCommunication: mutation(UNIT_OWN),
  sendCoOpinion: mutation(UNIT_OWN),
  waiveCoOpinion: mutation(OFFICE_ONLY),
  saveReply: mutation(UNIT_LEAD),
  submitReply: mutation(UNIT_LEAD),
  signOffReply: mutation({ [UNIT_LEADER]: LEAD_UNIT }),
  reviewReply: mutation(OFFICE_ONLY),
  giveFeedback: mutation({ [MEMBER]: OWN_PROPOSER }),
  orderRehandling: mutation(OFFICE_ONLY),
  closeProposal: mutation(OFFICE_ONLY),
  addFollowUpNote: mutation(UNIT_LEAD),
  resolveFollowUp: mutation({ ...UNIT_LEAD, [OFFICE]: READ_ALL }),

  // ---- Mutations: supervision and assessment ----
  markKey: mutation(OFFICE_ONLY),
  markNumberOne: mutation(OFFICE_ONLY),
  remind: mutation(OFFICE_ONLY),
  recordSupervision: mutation(OFFICE_ONLY),
  publishAssessment: mutation(OFFICE_ONLY),
  adjustScore: mutation(OFFICE_ONLY),
  updateReportNarrative: mutation(OFFICE_ONLY), // the annual report's narrative sections (通报)
  updateAssessmentScheme: mutation({ [ADMIN]: ANY, [OFFICE]: READ_ALL }),
} as const satisfies Record<string, OperationRule>;

export type OperationName = keyof typeof OPERATIONS;

/** The matrix typed for iteration: every operation with its rule. */
export const OPERATION_RULES: Readonly<Record<OperationName, OperationRule>> = OPERATIONS;

export function isOperationName(name: string): name is OperationName {
  return Object.prototype.hasOwnProperty.call(OPERATIONS, name);
}

/** Whether a user with `roles` may call `operation` at all (row relations are checked per row). */
export function mayCall(operation: string, roles: readonly Role[]): boolean {
  if (!isOperationName(operation)) return false;
  const rule = OPERATION_RULES[operation];
  return rule.public || roles.some((r) => rule.access[r] !== undefined);
}

/**
 * The row relations the user's roles grant for `operation`: the row is visible or actionable when ANY
 * of them holds. Empty when no role grants the operation. A denial of a row must look like a missing row.
 */
export function rowRelations(operation: string, roles: readonly Role[]): RowRelation[] {
  if (!isOperationName(operation)) return [];
  const rule = OPERATION_RULES[operation];
  const out = new Set<RowRelation>();
  for (const role of roles) {
    const relation = rule.access[role];
    if (relation !== undefined) out.add(relation);
  }
  return [...out];
}
