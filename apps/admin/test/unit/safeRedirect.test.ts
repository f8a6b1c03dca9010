import { safeRedirect } from "../../src/pages/login/safeRedirect";

describe("safeRedirect", () => {
  it("returns to a path of this console, with its query", () => {
    expect(safeRedirect("/settings/units?q=%E4%BD%8F&page=2", "/")).toBe("/settings/units?q=%E4%BD%8F&page=2");
  });

  it.each([null, "", "https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "settings"])("refuses %p", (from) => {
    expect(safeRedirect(from, "/")).toBe("/");
  });

  it("never loops back to the login page", () => {
    expect(safeRedirect("/login?from=%2F", "/")).toBe("/");
    expect(safeRedirect("/login", "/")).toBe("/");
  });
});
