import { Role } from "./enums";
import { OPERATION_RULES, isOperationName, mayCall, rowRelations, type OperationName } from "./operations";
import { PROPOSAL_TRANSITIONS, ASSIGNMENT_TRANSITIONS, REPLY_TRANSITIONS } from "./transitions";

// Every operation name of API.md: the contract the matrix must cover.
const API_MD_OPERATIONS = `viewer bodies sessions members units proposals proposal figures assessment annualReport
  addWorkingDays similarProposals myTasks notifications login logout createBody createSession createMember
  createUnit createUser submitProposal withdrawProposal registerProposal declineProposal mergeProposals
  assignProposal receiveAssignment requestReturn decideReturn requestExtension decideExtension logCommunication
  sendCoOpinion waiveCoOpinion saveReply submitReply signOffReply reviewReply giveFeedback orderRehandling
  closeProposal markKey remind publishAssessment adjustScore`.split(/\s+/);
const EXTRA_OPERATIONS = `updateBody updateSession updateMember updateUnit updateUser createApiToken
  revokeApiToken apiTokens users holidays setHoliday ruleSets updateRuleSet markNotificationRead addFollowUpNote
  resolveFollowUp recordSupervision markNumberOne updateDraft submitDraft figureItems changePassword updateReportNarrative
  assessmentItems assessmentScheme updateAssessmentScheme`.split(/\s+/);

const allRoles = Object.values(Role);
const callers = (op: string): Role[] => allRoles.filter((r) => mayCall(op, [r]));

describe("permission matrix", () => {
  it("covers every operation of API.md and the extra ones, nothing else", () => {
    expect(Object.keys(OPERATION_RULES).sort()).toEqual([...API_MD_OPERATIONS, ...EXTRA_OPERATIONS].sort());
  });

  it("leaves only login, logout and viewer public", () => {
    const open = Object.entries(OPERATION_RULES).filter(([, r]) => r.public).map(([n]) => n);
    expect(open.sort()).toEqual(["login", "logout", "viewer"]);
  });

  it("gives every non-public operation to at least one role", () => {
    for (const [name, rule] of Object.entries(OPERATION_RULES)) {
      if (!rule.public) expect([name, Object.keys(rule.access).length > 0]).toEqual([name, true]);
    }
  });

  it("gives API clients only queries", () => {
    for (const [name, rule] of Object.entries(OPERATION_RULES)) {
      if (rule.kind === "mutation" && !rule.public) expect([name, mayCall(name, [Role.API_CLIENT])]).toEqual([name, false]);
    }
  });

  it("lets ADMIN read everything but not handle items", () => {
    for (const [name, rule] of Object.entries(OPERATION_RULES)) {
      if (rule.kind !== "query" || rule.public) continue;
      const relations = rowRelations(name, [Role.ADMIN]);
      expect([name, relations.length === 1 && ["READ_ALL", "ANY"].includes(relations[0]!)]).toEqual([name, true]);
    }
    expect(mayCall("assignProposal", [Role.ADMIN])).toBe(false);
    expect(mayCall("registerProposal", [Role.ADMIN])).toBe(false);
  });

  it.each<[OperationName, Role[]]>([
    ["registerProposal", [Role.COMMITTEE]],
    ["declineProposal", [Role.COMMITTEE]],
    ["mergeProposals", [Role.COMMITTEE]],
    ["assignProposal", [Role.OFFICE]],
    ["decideReturn", [Role.OFFICE]],
    ["reviewReply", [Role.OFFICE]],
    ["publishAssessment", [Role.OFFICE]],
    ["signOffReply", [Role.UNIT_LEADER]],
    ["saveReply", [Role.UNIT_HANDLER, Role.UNIT_LEADER]],
    ["receiveAssignment", [Role.UNIT_HANDLER, Role.UNIT_LEADER]],
    ["giveFeedback", [Role.MEMBER]],
    ["withdrawProposal", [Role.MEMBER]],
    ["submitProposal", [Role.COMMITTEE, Role.MEMBER]],
    ["createUser", [Role.ADMIN]],
    ["setHoliday", [Role.ADMIN]],
    ["updateRuleSet", [Role.ADMIN]],
  ])("%s is for %j only", (op, roles) => {
    expect(callers(op)).toEqual(roles);
  });

  it("scopes item reads per role", () => {
    expect(rowRelations("proposal", [Role.MEMBER])).toEqual(["OWN_PROPOSER"]);
    expect(rowRelations("proposal", [Role.UNIT_HANDLER])).toEqual(["OWN_UNIT"]);
    expect(rowRelations("proposal", [Role.COMMITTEE])).toEqual(["OWN_BODY"]);
    expect(rowRelations("proposal", [Role.LEADER])).toEqual(["READ_ALL"]);
    expect(rowRelations("proposal", [Role.MEMBER, Role.COMMITTEE]).sort()).toEqual(["OWN_BODY", "OWN_PROPOSER"]);
    expect(rowRelations("saveReply", [Role.UNIT_HANDLER])).toEqual(["LEAD_UNIT"]);
    expect(rowRelations("saveReply", [Role.MEMBER])).toEqual([]);
  });

  it("denies unknown operations", () => {
    expect(isOperationName("dropDatabase")).toBe(false);
    expect(isOperationName("toString")).toBe(false);
    expect(mayCall("dropDatabase", allRoles)).toBe(false);
    expect(mayCall("toString", allRoles)).toBe(false);
    expect(rowRelations("constructor", allRoles)).toEqual([]);
  });

  it("agrees with the transition table on who may act", () => {
    const rules = [...PROPOSAL_TRANSITIONS, ...ASSIGNMENT_TRANSITIONS, ...REPLY_TRANSITIONS];
    for (const rule of rules) {
      if (rule.roles.length === 0 || !isOperationName(rule.operation)) continue;
      for (const role of rule.roles) expect([rule.operation, role, mayCall(rule.operation, [role])]).toEqual([rule.operation, role, true]);
    }
  });
});
