import { AssignmentRole, AssignmentStatus, ProposalStatus, ReplyStatus, Role } from "./enums";
import { DomainError, ErrorCode } from "./errors";
import {
  ASSIGNMENT_TRANSITIONS,
  PROPOSAL_TRANSITIONS,
  REPLY_TRANSITIONS,
  allowedAssignmentActions,
  allowedProposalActions,
  allowedReplyActions,
  assignmentTransition,
  proposalTransition,
  replyTransition,
  returnAwaitsReplacement,
  type AssignmentAction,
  type ProposalAction,
} from "./transitions";

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof DomainError ? e.code : "not a DomainError";
  }
  return undefined;
}

describe("item transitions", () => {
  // Written out by hand from DOMAIN.md §2, so the table is checked against the spec, not against itself.
  const allowed: [ProposalAction, ProposalStatus, ProposalStatus][] = [
    ["submit", "DRAFT", "SUBMITTED"],
    ["withdraw", "DRAFT", "WITHDRAWN"],
    ["withdraw", "SUBMITTED", "WITHDRAWN"],
    ["register", "SUBMITTED", "REGISTERED"],
    ["decline", "SUBMITTED", "NOT_REGISTERED"],
    ["merge", "SUBMITTED", "MERGED"],
    ["merge", "REGISTERED", "MERGED"],
    ["assign", "REGISTERED", "HANDLING"],
    ["reassign", "HANDLING", "HANDLING"],
    ["markReplied", "HANDLING", "REPLIED"],
    ["closeOnFeedback", "REPLIED", "CLOSED"],
    ["closeOnLapse", "REPLIED", "CLOSED"],
    ["orderRehandling", "REPLIED", "HANDLING"],
    ["close", "REPLIED", "CLOSED"],
  ];

  it.each(allowed)("%s from %s leads to %s", (action, from, to) => {
    expect(proposalTransition(action, from)).toBe(to);
  });

  it("the table allows exactly the transitions listed by hand", () => {
    const fromTable = PROPOSAL_TRANSITIONS.flatMap((r) => r.from.map((f) => `${r.action}:${f}`)).sort();
    expect(fromTable).toEqual(allowed.map(([a, f]) => `${a}:${f}`).sort());
  });

  it("refuses every other (action, status) pair with INVALID_TRANSITION", () => {
    let refused = 0;
    for (const rule of PROPOSAL_TRANSITIONS) {
      for (const status of Object.values(ProposalStatus)) {
        if (rule.from.includes(status)) continue;
        expect(codeOf(() => proposalTransition(rule.action, status))).toBe(ErrorCode.INVALID_TRANSITION);
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(90);
  });

  it.each<[ProposalAction, ProposalStatus]>([
    ["register", "DRAFT"],
    ["assign", "SUBMITTED"],
    ["withdraw", "REGISTERED"],
    ["close", "HANDLING"],
    ["orderRehandling", "CLOSED"],
    ["submit", "WITHDRAWN"],
  ])("refuses %s from %s, naming the allowed statuses", (action, from) => {
    expect(() => proposalTransition(action, from)).toThrow(DomainError);
    try {
      proposalTransition(action, from);
    } catch (e) {
      expect((e as DomainError).details).toMatchObject({ action, from });
    }
  });

  it("offers each role its own actions", () => {
    expect(allowedProposalActions("SUBMITTED", [Role.COMMITTEE]).sort()).toEqual(["decline", "merge", "register"]);
    expect(allowedProposalActions("SUBMITTED", [Role.MEMBER])).toEqual(["withdraw"]);
    expect(allowedProposalActions("REGISTERED", [Role.OFFICE])).toEqual(["assign"]);
    expect(allowedProposalActions("REPLIED", [Role.OFFICE]).sort()).toEqual(["close", "orderRehandling"]);
    expect(allowedProposalActions("REPLIED", [Role.LEADER, Role.API_CLIENT])).toEqual([]);
    expect(allowedProposalActions("HANDLING", [Role.ADMIN])).toEqual([]);
  });

  it("never offers system actions to anyone", () => {
    const everyone = Object.values(Role);
    expect(allowedProposalActions("HANDLING", everyone)).not.toContain("markReplied");
    expect(allowedProposalActions("REPLIED", everyone)).not.toContain("closeOnLapse");
  });
});

describe("assignment transitions", () => {
  const allowed: [AssignmentAction, AssignmentStatus, AssignmentRole, AssignmentStatus][] = [
    ["receive", "PENDING", "SOLE", "RECEIVED"],
    ["receive", "PENDING", "CO", "RECEIVED"],
    ["requestReturn", "PENDING", "LEAD", "RETURN_REQUESTED"],
    ["requestReturn", "RECEIVED", "CO", "RETURN_REQUESTED"],
    ["approveReturn", "RETURN_REQUESTED", "SPLIT", "RETURNED"],
    ["rejectReturn", "RETURN_REQUESTED", "SOLE", "RECEIVED"],
    ["sendCoOpinion", "RECEIVED", "CO", "OPINION_SENT"],
    ["waiveCoOpinion", "PENDING", "CO", "PENDING"],
    ["waiveCoOpinion", "RECEIVED", "CO", "RECEIVED"],
    ["requestExtension", "RECEIVED", "LEAD", "RECEIVED"],
    ["decideExtension", "RECEIVED", "SPLIT", "RECEIVED"],
    ["logCommunication", "RECEIVED", "SOLE", "RECEIVED"],
    ["logCommunication", "REPLIED", "SOLE", "REPLIED"],
    ["logCommunication", "OPINION_SENT", "CO", "OPINION_SENT"],
    ["remind", "PENDING", "LEAD", "PENDING"],
    ["markReplied", "RECEIVED", "SOLE", "REPLIED"],
    ["markReplied", "RECEIVED", "LEAD", "REPLIED"],
    ["markReplied", "RECEIVED", "SPLIT", "REPLIED"],
    ["reopenForRehandling", "REPLIED", "LEAD", "RECEIVED"],
  ];

  it.each(allowed)("%s from %s on a %s assignment leads to %s", (action, from, role, to) => {
    expect(assignmentTransition(action, from, role)).toBe(to);
  });

  it("allows every listed (action, status, role) and refuses every other", () => {
    for (const rule of ASSIGNMENT_TRANSITIONS) {
      for (const status of Object.values(AssignmentStatus)) {
        for (const role of Object.values(AssignmentRole)) {
          const ok = rule.from.includes(status) && rule.assignmentRoles.includes(role);
          const code = codeOf(() => assignmentTransition(rule.action, status, role));
          expect(code).toBe(ok ? undefined : ErrorCode.INVALID_TRANSITION);
        }
      }
    }
  });

  it.each<[AssignmentAction, AssignmentStatus, AssignmentRole]>([
    ["sendCoOpinion", "RECEIVED", "LEAD"],
    ["sendCoOpinion", "PENDING", "CO"],
    ["markReplied", "RECEIVED", "CO"],
    ["requestReturn", "REPLIED", "SOLE"],
    ["requestReturn", "RETURNED", "SOLE"],
    ["receive", "RETURNED", "SOLE"],
    ["requestExtension", "RECEIVED", "CO"],
    ["approveReturn", "RECEIVED", "SOLE"],
  ])("refuses %s from %s on a %s assignment", (action, from, role) => {
    expect(codeOf(() => assignmentTransition(action, from, role))).toBe(ErrorCode.INVALID_TRANSITION);
  });

  it("offers unit users and the office their actions", () => {
    expect(allowedAssignmentActions("PENDING", "SOLE", [Role.UNIT_HANDLER]).sort()).toEqual(["receive", "requestReturn"]);
    expect(allowedAssignmentActions("RECEIVED", "CO", [Role.UNIT_LEADER]).sort()).toEqual([
      "logCommunication",
      "requestReturn",
      "sendCoOpinion",
    ]);
    expect(allowedAssignmentActions("RETURN_REQUESTED", "LEAD", [Role.OFFICE]).sort()).toEqual([
      "approveReturn",
      "rejectReturn",
    ]);
    expect(allowedAssignmentActions("RECEIVED", "CO", [Role.OFFICE]).sort()).toEqual(["remind", "waiveCoOpinion"]);
    expect(allowedAssignmentActions("RETURNED", "SOLE", Object.values(Role))).toEqual([]);
    expect(allowedAssignmentActions("RECEIVED", "SOLE", [Role.MEMBER, Role.LEADER])).toEqual([]);
  });
});

describe("reply transitions", () => {
  it("drafts, submits, signs off and is reviewed", () => {
    expect(replyTransition("save", "DRAFT")).toBe("DRAFT");
    expect(replyTransition("submit", "DRAFT")).toBe("AWAITING_SIGNOFF");
    expect(replyTransition("signOff", "AWAITING_SIGNOFF", { officeReview: true })).toBe("AWAITING_REVIEW");
    expect(replyTransition("signOff", "AWAITING_SIGNOFF", { officeReview: false })).toBe("SENT");
    expect(replyTransition("approveReview", "AWAITING_REVIEW")).toBe("SENT");
    expect(replyTransition("rejectReview", "AWAITING_REVIEW")).toBe("DRAFT");
  });

  it("refuses sign-off without knowing whether the office reviews", () => {
    expect(() => replyTransition("signOff", "AWAITING_SIGNOFF")).toThrow(TypeError);
  });

  it("refuses every status not listed", () => {
    for (const rule of REPLY_TRANSITIONS) {
      for (const status of Object.values(ReplyStatus)) {
        if (rule.from.includes(status)) continue;
        expect(codeOf(() => replyTransition(rule.action, status, { officeReview: true }))).toBe(
          ErrorCode.INVALID_TRANSITION,
        );
      }
    }
    expect(codeOf(() => replyTransition("save", "SENT"))).toBe(ErrorCode.INVALID_TRANSITION);
  });

  it("lets only the unit leader sign off", () => {
    expect(allowedReplyActions("AWAITING_SIGNOFF", [Role.UNIT_HANDLER])).toEqual([]);
    expect(allowedReplyActions("AWAITING_SIGNOFF", [Role.UNIT_LEADER])).toEqual(["signOff"]);
    expect(allowedReplyActions("DRAFT", [Role.UNIT_HANDLER]).sort()).toEqual(["save", "submit"]);
    expect(allowedReplyActions("AWAITING_REVIEW", [Role.OFFICE]).sort()).toEqual(["approveReview", "rejectReview"]);
    expect(allowedReplyActions("SENT", Object.values(Role))).toEqual([]);
  });
});

describe("reassign guard (a return awaiting replacement)", () => {
  const at = (day: number): Date => new Date(Date.UTC(2026, 2, day));
  it("holds only while a voided assignment is newer than every live one", () => {
    // Nothing returned: the plan stands.
    expect(returnAwaitsReplacement([{ assignedAt: at(1), voidedAt: null }])).toBe(false);
    // The only unit handed it back: waiting for a new unit.
    expect(returnAwaitsReplacement([{ assignedAt: at(1), voidedAt: at(5) }])).toBe(true);
    // LEAD returned, CO still live from the first plan: waiting.
    expect(returnAwaitsReplacement([{ assignedAt: at(1), voidedAt: at(5) }, { assignedAt: at(1), voidedAt: null }])).toBe(true);
    // Replaced on day 6: settled again.
    expect(returnAwaitsReplacement([{ assignedAt: at(1), voidedAt: at(5) }, { assignedAt: at(6), voidedAt: null }])).toBe(false);
    expect(returnAwaitsReplacement([])).toBe(false);
  });
});
