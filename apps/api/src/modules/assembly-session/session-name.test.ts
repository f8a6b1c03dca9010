import { chineseNumeral, defaultSessionName } from "./session-name";

describe("session names", () => {
  it("writes the customary name", () => {
    expect(defaultSessionName(5, 4)).toBe("五届四次会议");
    expect(defaultSessionName(14, 2)).toBe("十四届二次会议");
  });
  it("writes numerals 1–99", () => {
    expect([1, 10, 12, 20, 23, 99].map(chineseNumeral)).toEqual(["一", "十", "十二", "二十", "二十三", "九十九"]);
    expect(() => chineseNumeral(0)).toThrow(RangeError);
  });
});
