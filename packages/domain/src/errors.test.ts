import { DomainError, ErrorCode, errorMessages, isDomainError } from "./errors";

describe("DomainError", () => {
  it("carries a code, a message and details", () => {
    const e = new DomainError(ErrorCode.CONFLICT, "Item changed", { id: "p1" });
    expect(e).toBeInstanceOf(Error);
    expect([e.name, e.code, e.message, e.details]).toEqual(["DomainError", "CONFLICT", "Item changed", { id: "p1" }]);
  });

  it("defaults to the code's English message", () => {
    expect(new DomainError("NOT_FOUND").message).toBe("Not found");
  });

  it("is recognised across package copies by name and code", () => {
    expect(isDomainError(new DomainError("FORBIDDEN"))).toBe(true);
    expect(isDomainError(Object.assign(new Error("x"), { name: "DomainError", code: "FORBIDDEN" }))).toBe(true);
    expect(isDomainError(Object.assign(new Error("x"), { name: "DomainError", code: "NOPE" }))).toBe(false);
    expect(isDomainError(new Error("x"))).toBe(false);
    expect(isDomainError(null)).toBe(false);
  });

  it("has a Chinese and an English message for every code", () => {
    for (const code of Object.values(ErrorCode)) {
      expect(errorMessages[code].zh.length).toBeGreaterThan(0);
      expect(errorMessages[code].en.length).toBeGreaterThan(0);
    }
  });
});
