// zh-CN and English labels for every enumeration value: the console, the spreadsheets and the annual
// report all print these, so a status reads the same (办理中 / Handling) everywhere. Typed as a full
// Record per enum, so adding an enum value without its label fails to compile.
import type {
  AssignmentRole,
  AssignmentStatus,
  BodyKind,
  CommunicationMethod,
  CommunicationStage,
  DeclineReason,
  DueState,
  NotificationKind,
  ProposalKind,
  ProposalStatus,
  ReplyStatus,
  Role,
  Satisfaction,
  SubmitterType,
  SupervisionKind,
  UnitKind,
} from "./enums";
import type { LocalizedText } from "./localized-text";

type Labels<T extends string> = Readonly<Record<T, LocalizedText>>;

export const roleLabels: Labels<Role> = {
  ADMIN: { zh: "系统管理员", en: "Administrator" },
  COMMITTEE: { zh: "提案委", en: "Committee staff" },
  OFFICE: { zh: "督查室", en: "Supervision office" },
  UNIT_HANDLER: { zh: "承办单位经办人", en: "Unit handler" },
  UNIT_LEADER: { zh: "承办单位领导", en: "Unit leader" },
  MEMBER: { zh: "委员代表", en: "Member" },
  LEADER: { zh: "区领导", en: "District leader" },
  API_CLIENT: { zh: "其他应用", en: "Other application" },
};

export const bodyKindLabels: Labels<BodyKind> = {
  CPPCC: { zh: "政协", en: "CPPCC committee" },
  PEOPLES_CONGRESS: { zh: "人大", en: "People's Congress" },
};

export const proposalKindLabels: Labels<ProposalKind> = {
  PROPOSAL: { zh: "提案", en: "Proposal" },
  SUGGESTION: { zh: "建议", en: "Suggestion" },
  MICRO_SUGGESTION: { zh: "微建议", en: "Micro-suggestion" },
};

export const submitterTypeLabels: Labels<SubmitterType> = {
  INDIVIDUAL: { zh: "个人", en: "Individual" },
  JOINT: { zh: "联名", en: "Joint" },
  PARTY_GROUP: { zh: "党派团体", en: "Party or group" },
  COMMITTEE: { zh: "专委会", en: "Special committee" },
};

export const proposalStatusLabels: Labels<ProposalStatus> = {
  DRAFT: { zh: "草稿", en: "Draft" },
  SUBMITTED: { zh: "已提交", en: "Submitted" },
  REGISTERED: { zh: "已立案", en: "Registered" },
  NOT_REGISTERED: { zh: "不予立案", en: "Not registered" },
  MERGED: { zh: "已并案", en: "Merged" },
  WITHDRAWN: { zh: "已撤回", en: "Withdrawn" },
  HANDLING: { zh: "办理中", en: "Handling" },
  REPLIED: { zh: "已答复", en: "Replied" },
  CLOSED: { zh: "已办结", en: "Closed" },
};

export const assignmentRoleLabels: Labels<AssignmentRole> = {
  SOLE: { zh: "单独办理", en: "Sole" },
  LEAD: { zh: "主办", en: "Lead" },
  CO: { zh: "会办", en: "Co-handling" },
  SPLIT: { zh: "分办", en: "Split" },
};

export const assignmentStatusLabels: Labels<AssignmentStatus> = {
  PENDING: { zh: "待签收", en: "Awaiting receipt" },
  RECEIVED: { zh: "已签收", en: "Received" },
  RETURN_REQUESTED: { zh: "申请退回", en: "Return requested" },
  RETURNED: { zh: "已退回", en: "Returned" },
  OPINION_SENT: { zh: "已送会办意见", en: "Opinion sent" },
  REPLIED: { zh: "已答复", en: "Replied" },
};

export const dueStateLabels: Labels<DueState> = {
  ON_TRACK: { zh: "正常", en: "On track" },
  DUE_SOON: { zh: "即将到期", en: "Due soon" },
  OVERDUE: { zh: "已超期", en: "Overdue" },
  DONE: { zh: "已完成", en: "Done" },
};

export const replyStatusLabels: Labels<ReplyStatus> = {
  DRAFT: { zh: "草稿", en: "Draft" },
  AWAITING_SIGNOFF: { zh: "待签发", en: "Awaiting sign-off" },
  AWAITING_REVIEW: { zh: "待审核", en: "Awaiting review" },
  SENT: { zh: "已答复", en: "Sent" },
};

export const satisfactionLabels: Labels<Satisfaction> = {
  SATISFIED: { zh: "满意", en: "Satisfied" },
  BASICALLY_SATISFIED: { zh: "基本满意", en: "Basically satisfied" },
  DISSATISFIED: { zh: "不满意", en: "Dissatisfied" },
};

export const communicationMethodLabels: Labels<CommunicationMethod> = {
  VISIT: { zh: "上门走访", en: "Visit" },
  FIELD_SURVEY: { zh: "实地调研", en: "Field survey" },
  PHONE: { zh: "电话", en: "Phone" },
  LETTER: { zh: "信函", en: "Letter" },
  MEETING: { zh: "当面座谈", en: "Meeting" },
  ONLINE: { zh: "网络沟通", en: "Online" },
};

export const communicationStageLabels: Labels<CommunicationStage> = {
  BEFORE: { zh: "办前", en: "Before handling" },
  DURING: { zh: "办中", en: "During handling" },
  AFTER: { zh: "办后", en: "After handling" },
};

export const unitKindLabels: Labels<UnitKind> = {
  DEPARTMENT: { zh: "部门", en: "Department" },
  TOWN: { zh: "镇", en: "Town" },
  STREET: { zh: "街道", en: "Street" },
  OTHER: { zh: "其他单位", en: "Other" },
};

export const supervisionKindLabels: Labels<SupervisionKind> = {
  REMINDER: { zh: "催办", en: "Reminder" },
  INSPECTION: { zh: "检查", en: "Inspection" },
  SPOT_CHECK: { zh: "抽查", en: "Spot check" },
  RECHECK: { zh: "复查", en: "Re-check" },
  MEETING: { zh: "督办会议", en: "Supervision meeting" },
  LEADER_INSTRUCTION: { zh: "领导批示", en: "Leader instruction" },
};

export const declineReasonLabels: Labels<DeclineReason> = {
  SECRET: { zh: "涉及国家秘密", en: "Involves state secrets" },
  PERSONAL: { zh: "涉及个人事务", en: "Personal matter" },
  LITIGATION: { zh: "涉及诉讼或司法程序", en: "In litigation" },
  ACADEMIC: { zh: "属于学术探讨", en: "Academic debate" },
  PROMOTION: { zh: "属于宣传推介", en: "Promotion" },
  NO_CONTENT: { zh: "无具体内容", en: "No concrete content" },
  OTHER: { zh: "其他", en: "Other" },
};

export const notificationKindLabels: Labels<NotificationKind> = {
  ASSIGNED: { zh: "新交办", en: "New assignment" },
  RETURN_DECIDED: { zh: "退回申请已处理", en: "Return request decided" },
  EXTENSION_DECIDED: { zh: "延期申请已处理", en: "Extension request decided" },
  CO_OPINION_SENT: { zh: "会办意见已送达", en: "Co-handling opinion received" },
  REPLY_AWAITING_SIGNOFF: { zh: "答复待签发", en: "Reply awaiting sign-off" },
  REPLY_AWAITING_REVIEW: { zh: "答复待审核", en: "Reply awaiting review" },
  REPLY_RETURNED: { zh: "答复退回修改", en: "Reply returned for rework" },
  REPLY_SENT: { zh: "已收到答复", en: "Reply sent" },
  REHANDLING_ORDERED: { zh: "重新办理", en: "Re-handling ordered" },
  DUE_SOON: { zh: "即将到期", en: "Due soon" },
  OVERDUE: { zh: "已超期", en: "Overdue" },
  REMINDER: { zh: "催办", en: "Reminder" },
  DECLINED: { zh: "不予立案", en: "Not registered" },
  REGISTERED: { zh: "已立案", en: "Registered" },
};

/** Every label table by enum name, for generic renderers (table filters, spreadsheet columns). */
export const enumLabels = {
  Role: roleLabels,
  BodyKind: bodyKindLabels,
  ProposalKind: proposalKindLabels,
  SubmitterType: submitterTypeLabels,
  ProposalStatus: proposalStatusLabels,
  AssignmentRole: assignmentRoleLabels,
  AssignmentStatus: assignmentStatusLabels,
  DueState: dueStateLabels,
  ReplyStatus: replyStatusLabels,
  Satisfaction: satisfactionLabels,
  CommunicationMethod: communicationMethodLabels,
  CommunicationStage: communicationStageLabels,
  UnitKind: unitKindLabels,
  SupervisionKind: supervisionKindLabels,
  DeclineReason: declineReasonLabels,
  NotificationKind: notificationKindLabels,
} as const;
export type EnumName = keyof typeof enumLabels;
