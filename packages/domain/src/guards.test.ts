import { DomainError } from "./errors";
import {
  assertCoOpinionsSettled,
  assertCommunicationLogged,
  assertExtensionAllowed,
  assertFeedbackWindowOpen,
  assertReturnWindowOpen,
} from "./guards";

function codeOf(fn: () => void): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    return e instanceof DomainError ? e.code : "other";
  }
}

describe("rule guards", () => {
  it("keeps the return window open through its last day", () => {
    expect(codeOf(() => assertReturnWindowOpen("2025-10-10", "2025-10-10"))).toBeNull();
    expect(codeOf(() => assertReturnWindowOpen("2025-10-11", "2025-10-10"))).toBe("RETURN_WINDOW_CLOSED");
  });

  it("needs every CO opinion sent or waived", () => {
    expect(
      codeOf(() =>
        assertCoOpinionsSettled([
          { unitId: "a", status: "OPINION_SENT", waived: false },
          { unitId: "b", status: "RECEIVED", waived: true },
          { unitId: "c", status: "RETURNED", waived: false },
        ]),
      ),
    ).toBeNull();
    expect(() => assertCoOpinionsSettled([{ unitId: "d", status: "PENDING", waived: false }])).toThrow(
      "Co-handling opinions missing from d",
    );
  });

  it("needs a communication when the rule set says so", () => {
    expect(codeOf(() => assertCommunicationLogged(0, { communicationRequiredBeforeReply: true }))).toBe("NO_COMMUNICATION");
    expect(codeOf(() => assertCommunicationLogged(0, { communicationRequiredBeforeReply: false }))).toBeNull();
    expect(codeOf(() => assertCommunicationLogged(2, { communicationRequiredBeforeReply: true }))).toBeNull();
  });

  it("bounds extensions", () => {
    expect(codeOf(() => assertExtensionAllowed("2025-08-31", "2025-06-30", "2025-09-30"))).toBeNull();
    expect(codeOf(() => assertExtensionAllowed("2025-09-30", "2025-06-30", "2025-09-30"))).toBeNull();
    expect(codeOf(() => assertExtensionAllowed("2025-10-01", "2025-06-30", "2025-09-30"))).toBe("EXTENSION_TOO_LONG");
    expect(codeOf(() => assertExtensionAllowed("2025-06-30", "2025-06-30", "2025-09-30"))).toBe("BAD_USER_INPUT");
  });

  it("closes feedback after the window", () => {
    expect(codeOf(() => assertFeedbackWindowOpen("2025-10-16", "2025-10-16"))).toBeNull();
    expect(codeOf(() => assertFeedbackWindowOpen("2025-10-17", "2025-10-16"))).toBe("FEEDBACK_WINDOW_CLOSED");
  });
});
