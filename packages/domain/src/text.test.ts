import { characterCount, neutraliseSpreadsheetFormula } from "./text";

describe("neutraliseSpreadsheetFormula", () => {
  it.each(["=1+1", "+86 123", "-5", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("http://x","点我")'])(
    "prefixes %p",
    (s) => {
      expect(neutraliseSpreadsheetFormula(s)).toBe(`'${s}`);
    },
  );

  it.each(["关于加快老旧小区改造的建议", "", "a=b", " =1", "100%", "'quoted"])("leaves %p alone", (s) => {
    expect(neutraliseSpreadsheetFormula(s)).toBe(s);
  });
});

describe("characterCount", () => {
  it("counts code points", () => {
    expect(characterCount("提案")).toBe(2);
    expect(characterCount("𠮷野家")).toBe(3);
    expect(characterCount("")).toBe(0);
  });
});
