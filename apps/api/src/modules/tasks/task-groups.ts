// The workbench groups (待办) per role, as data: each is one bounded SQL statement over the item `p`
// (and, for assignment or reply tasks, `a`, `r` and the unit `u`). The service adds the row rules of
// the policy module, the count and the page (window functions), so a group costs one statement
// whatever the number of items. Parameters: :viewerId :unitId :bodyId :memberId :today,
// :ruleKinds/:dueSoonDays (per kind) and :rateKinds/:rateFrom (first sent date still open for rating).
import { CHINA_UTC_OFFSET_MINUTES, Role } from "@jyta/domain";

export interface TaskGroupDef {
  key: string;
  label: string;
  roles: readonly Role[];
  from: string;
  where: string;
  assignmentId?: string;
  unitName?: string;
  /** The deadline shown (a date expression). */
  dueOn?: string;
  /** Rating tasks: the reply's sent date; the deadline shown is the feedback window's end. */
  sentOn?: string;
  /**
   * Most urgent first, over the group's tables (it orders a window, where the output names due_on and
   * sent_on do not exist); default: the deadline shown. The service appends the item id.
   */
  orderBy?: string;
}

const { COMMITTEE, OFFICE, UNIT_HANDLER, UNIT_LEADER, MEMBER, LEADER } = Role;
const UNIT = [UNIT_HANDLER, UNIT_LEADER];

const LIVE = "a.voided_at IS NULL";
const OPEN = "a.status IN ('PENDING', 'RECEIVED', 'RETURN_REQUESTED')";
const OPEN_REPLYING = `${LIVE} AND a.role <> 'CO' AND ${OPEN}`;
const OPEN_CO = `${LIVE} AND a.role = 'CO' AND ${OPEN} AND a.co_opinion_waived_at IS NULL`;
/** A unit's duty: the reply, or for a CO unit its opinion. */
const OPEN_DUTY = `((${OPEN_REPLYING}) OR (${OPEN_CO}))`;
const DUTY_DUE = "CASE WHEN a.role = 'CO' THEN a.co_opinion_due_on ELSE a.reply_due_on END";
const DUE_SOON_DAYS = "(SELECT k.days FROM unnest(:ruleKinds::text[], :dueSoonDays::int[]) AS k(kind, days) WHERE k.kind = p.kind)";
const RATE_FROM = "(SELECT k.first FROM unnest(:rateKinds::text[], :rateFrom::date[]) AS k(kind, first) WHERE k.kind = p.kind)";

const ITEM_OF_ASSIGNMENT = "JOIN proposal p ON p.id = a.proposal_id JOIN unit u ON u.id = a.unit_id";
const ASSIGNMENTS = `assignment a ${ITEM_OF_ASSIGNMENT}`;
const REPLIES = "reply r JOIN assignment a ON a.id = r.assignment_id JOIN proposal p ON p.id = r.proposal_id JOIN unit u ON u.id = r.unit_id";
const ON_ASSIGNMENT = { assignmentId: "a.id", unitName: "u.name" } as const;
const OWN_UNIT = "a.unit_id = :unitId";
const SENT_ON = `((r.sent_at AT TIME ZONE 'UTC') + interval '${CHINA_UTC_OFFSET_MINUTES} minutes')::date`;
/** The viewer's member proposed the item, or an item merged into it (they receive its reply). */
const MEMBER_IS_PROPOSER =
  "EXISTS (SELECT 1 FROM proposal_proposer pp WHERE pp.member_id = :memberId AND (pp.proposal_id = p.id OR pp.proposal_id IN (SELECT m.id FROM proposal m WHERE m.merged_into_id = p.id)))";

export const TASK_GROUPS: readonly TaskGroupDef[] = [
  // ---- committee staff ----
  {
    key: "toRegister",
    label: "待立案",
    roles: [COMMITTEE],
    from: "proposal p",
    where: "p.status = 'SUBMITTED' AND p.session_id IN (SELECT s.id FROM assembly_session s WHERE s.body_id = :bodyId)",
    orderBy: "p.submitted_at ASC",
  },
  // ---- government office ----
  {
    key: "toAssign",
    label: "待交办",
    roles: [OFFICE],
    from: "proposal p",
    // Registered items, and items whose every replying unit was returned (they must be reassigned).
    // OFFSET 0 keeps the NOT EXISTS a probe per handling item (index assignment_live_replying):
    // hashed, it would read every live assignment of every year on each request.
    where: `p.status = 'REGISTERED' OR (p.status = 'HANDLING' AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.proposal_id = p.id AND ${LIVE} AND a.role <> 'CO' OFFSET 0))`,
    orderBy: "p.registered_at ASC",
  },
  {
    key: "returnsToDecide",
    label: "退回申请待审批",
    roles: [OFFICE],
    from: `return_request rr JOIN assignment a ON a.id = rr.assignment_id ${ITEM_OF_ASSIGNMENT}`,
    where: "rr.decided_at IS NULL",
    ...ON_ASSIGNMENT,
    dueOn: "a.reply_due_on",
    orderBy: "rr.requested_at ASC",
  },
  {
    key: "extensionsToDecide",
    label: "延期申请待审批",
    roles: [OFFICE],
    from: `extension_request er JOIN assignment a ON a.id = er.assignment_id ${ITEM_OF_ASSIGNMENT}`,
    where: `er.decided_at IS NULL AND ${LIVE}`,
    ...ON_ASSIGNMENT,
    dueOn: "a.reply_due_on",
  },
  {
    key: "repliesToReview",
    label: "答复待审核",
    roles: [OFFICE],
    from: REPLIES,
    where: `r.status = 'AWAITING_REVIEW' AND ${LIVE}`,
    ...ON_ASSIGNMENT,
    dueOn: "a.reply_due_on",
  },
  {
    key: "coOpinionsOverdue",
    label: "会办意见逾期（待催办或豁免）",
    roles: [OFFICE],
    from: ASSIGNMENTS,
    where: `${OPEN_CO} AND p.status = 'HANDLING' AND a.co_opinion_due_on < :today`,
    ...ON_ASSIGNMENT,
    dueOn: "a.co_opinion_due_on",
  },
  {
    key: "dissatisfied",
    label: "不满意待处理",
    roles: [OFFICE],
    from: "proposal p",
    // The item's rating is its first proposer's (DOMAIN.md §2): re-handle or close.
    where:
      "p.status = 'REPLIED' AND EXISTS (SELECT 1 FROM feedback f JOIN proposal_proposer pp ON pp.proposal_id = p.id AND pp.position = 1 AND pp.member_id = f.member_id" +
      " WHERE f.proposal_id = p.id AND f.round = p.round AND f.result = 'DISSATISFIED')",
    orderBy: "p.number ASC",
  },
  // ---- handling units (their own unit only) ----
  {
    key: "toReceive",
    label: "待签收",
    roles: UNIT,
    from: ASSIGNMENTS,
    where: `${OWN_UNIT} AND ${LIVE} AND a.status = 'PENDING' AND p.status = 'HANDLING'`,
    ...ON_ASSIGNMENT,
    dueOn: DUTY_DUE,
  },
  {
    key: "opinionsDue",
    label: "待发会办意见",
    roles: UNIT,
    from: ASSIGNMENTS,
    where: `${OWN_UNIT} AND ${OPEN_CO} AND a.status = 'RECEIVED' AND p.status = 'HANDLING'`,
    ...ON_ASSIGNMENT,
    dueOn: "a.co_opinion_due_on",
  },
  {
    key: "repliesToDraft",
    label: "待拟答复",
    roles: UNIT,
    from: ASSIGNMENTS,
    // Received, and no reply of this round beyond a first, never-submitted draft.
    where:
      `${OWN_UNIT} AND ${LIVE} AND a.role <> 'CO' AND a.status = 'RECEIVED' AND p.status = 'HANDLING'` +
      " AND NOT EXISTS (SELECT 1 FROM reply r WHERE r.assignment_id = a.id AND r.round = p.round AND (r.status <> 'DRAFT' OR r.rework_count > 0))",
    ...ON_ASSIGNMENT,
    dueOn: "a.reply_due_on",
  },
  {
    key: "reworkDrafts",
    label: "退回修改",
    roles: UNIT,
    from: REPLIES,
    where: `${OWN_UNIT} AND ${LIVE} AND r.status = 'DRAFT' AND r.rework_count > 0 AND r.round = p.round`,
    ...ON_ASSIGNMENT,
    dueOn: "a.reply_due_on",
  },
  {
    key: "toSignOff",
    label: "待签发",
    roles: [UNIT_LEADER],
    from: REPLIES,
    where: `${OWN_UNIT} AND ${LIVE} AND r.status = 'AWAITING_SIGNOFF'`,
    ...ON_ASSIGNMENT,
    dueOn: "a.reply_due_on",
  },
  {
    key: "dueSoon",
    label: "即将到期",
    roles: UNIT,
    from: ASSIGNMENTS,
    where: `${OWN_UNIT} AND ${OPEN_DUTY} AND p.status = 'HANDLING' AND ${DUTY_DUE} >= :today::date AND ${DUTY_DUE} <= :today::date + ${DUE_SOON_DAYS}`,
    ...ON_ASSIGNMENT,
    dueOn: DUTY_DUE,
  },
  {
    key: "overdue",
    label: "已超期",
    roles: UNIT,
    from: ASSIGNMENTS,
    where: `${OWN_UNIT} AND ${OPEN_DUTY} AND p.status = 'HANDLING' AND ${DUTY_DUE} < :today::date`,
    ...ON_ASSIGNMENT,
    dueOn: DUTY_DUE,
  },
  // ---- members ----
  {
    key: "toRate",
    label: "待评价答复",
    roles: [MEMBER],
    from: "reply r JOIN proposal p ON p.id = r.proposal_id JOIN unit u ON u.id = r.unit_id",
    where:
      `p.status = 'REPLIED' AND r.status = 'SENT' AND r.round = p.round AND ${MEMBER_IS_PROPOSER} AND ${SENT_ON} >= ${RATE_FROM}` +
      " AND NOT EXISTS (SELECT 1 FROM feedback f WHERE f.reply_id = r.id AND f.member_id = :memberId AND f.round = r.round)",
    assignmentId: "r.assignment_id",
    unitName: "u.name",
    sentOn: SENT_ON,
    orderBy: `${SENT_ON} ASC`,
  },
  // ---- district leaders ----
  {
    key: "keyItems",
    label: "领办重点提案",
    roles: [LEADER],
    from: "proposal p",
    where:
      "p.is_key AND p.status IN ('REGISTERED', 'HANDLING', 'REPLIED')" +
      " AND p.supervising_leader = (SELECT du.display_name FROM app_user du WHERE du.id = :viewerId)",
    // The earliest open reply deadline of the item.
    dueOn: `(SELECT min(a.reply_due_on) FROM assignment a WHERE a.proposal_id = p.id AND ${OPEN_REPLYING})`,
  },
  {
    key: "overdueAssignments",
    label: "超期未答复",
    roles: [OFFICE, LEADER],
    from: ASSIGNMENTS,
    where: `${OPEN_REPLYING} AND p.status = 'HANDLING' AND a.reply_due_on < :today::date`,
    ...ON_ASSIGNMENT,
    dueOn: "a.reply_due_on",
  },
  // ---- anyone who writes items ----
  {
    key: "drafts",
    label: "草稿待提交",
    roles: [MEMBER, COMMITTEE],
    from: "proposal p",
    where: "p.status = 'DRAFT' AND (p.created_by_id = :viewerId OR p.entered_by_id = :viewerId)",
    orderBy: "p.updated_at DESC",
  },
];

/** The groups for a viewer holding `roles`, in workbench order. */
export function groupsFor(roles: readonly Role[]): TaskGroupDef[] {
  return TASK_GROUPS.filter((g) => g.roles.some((r) => roles.includes(r)));
}
