import * as enums from "./enums";
import { enumLabels } from "./labels";
import { localize } from "./localized-text";

describe("labels", () => {
  it("label every value of every enum, in both languages", () => {
    for (const [name, table] of Object.entries(enumLabels)) {
      const values = Object.values((enums as unknown as Record<string, Record<string, string>>)[name]!);
      expect([name, Object.keys(table).sort()]).toEqual([name, [...values].sort()]);
      for (const label of Object.values(table)) {
        expect(label.zh).toMatch(/\p{Script=Han}/u);
        expect(label.en).toMatch(/^[A-Z]/);
      }
    }
  });

  it("read as the spec says", () => {
    expect(localize(enumLabels.ProposalStatus.HANDLING, "zh")).toBe("办理中");
    expect(localize(enumLabels.ProposalStatus.HANDLING, "en")).toBe("Handling");
    expect(enumLabels.AssignmentRole.LEAD).toEqual({ zh: "主办", en: "Lead" });
    expect(enumLabels.Satisfaction.BASICALLY_SATISFIED.zh).toBe("基本满意");
    expect(enumLabels.CommunicationMethod.VISIT.zh).toBe("上门走访");
    expect(Object.values(enumLabels.ProposalKind).map((l) => l.zh)).toEqual(["提案", "建议", "微建议"]);
    expect(Object.values(enumLabels.Role).map((l) => l.zh)).toEqual([
      "系统管理员", "提案委", "督查室", "承办单位经办人", "承办单位领导", "委员代表", "区领导", "其他应用",
    ]);
  });

  it("cover every enum the package exports", () => {
    const enumNames = Object.entries(enums)
      .filter(([, v]) => typeof v === "object")
      .map(([k]) => k)
      .sort();
    expect(Object.keys(enumLabels).sort()).toEqual(enumNames);
  });
});

describe("enums", () => {
  it("match API.md", () => {
    expect(Object.values(enums.ProposalStatus)).toEqual([
      "DRAFT", "SUBMITTED", "REGISTERED", "NOT_REGISTERED", "MERGED", "WITHDRAWN", "HANDLING", "REPLIED", "CLOSED",
    ]);
    expect(Object.values(enums.AssignmentStatus)).toEqual([
      "PENDING", "RECEIVED", "RETURN_REQUESTED", "RETURNED", "OPINION_SENT", "REPLIED",
    ]);
    expect(Object.values(enums.Role)).toEqual([
      "ADMIN", "COMMITTEE", "OFFICE", "UNIT_HANDLER", "UNIT_LEADER", "MEMBER", "LEADER", "API_CLIENT",
    ]);
    expect(Object.values(enums.ReplyStatus)).toEqual(["DRAFT", "AWAITING_SIGNOFF", "AWAITING_REVIEW", "SENT"]);
    expect(Object.values(enums.CommunicationMethod)).toEqual(["VISIT", "FIELD_SURVEY", "PHONE", "LETTER", "MEETING", "ONLINE"]);
  });

  it("hold only their own values, so Object.values gives a clean list", () => {
    for (const [name, value] of Object.entries(enums)) {
      if (typeof value !== "object") continue;
      for (const [k, v] of Object.entries(value)) expect([name, k]).toEqual([name, v]);
    }
  });

  it("narrow untrusted input", () => {
    expect(enums.isEnumValue(enums.Role, "ADMIN")).toBe(true);
    expect(enums.isEnumValue(enums.Role, "ROOT")).toBe(false);
    expect(enums.isEnumValue(enums.Role, 3)).toBe(false);
  });
});
