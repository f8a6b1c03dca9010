import { chineseNumber, defaultSessionName } from "../../src/lib/sessionName";

describe("session names", () => {
  it.each([
    [1, "一"],
    [5, "五"],
    [10, "十"],
    [14, "十四"],
    [20, "二十"],
    [35, "三十五"],
    [99, "九十九"],
  ])("%i is %s", (n, text) => expect(chineseNumber(n)).toBe(text));

  it("names a plenary the customary way, as the API does", () => {
    expect(defaultSessionName(5, 4)).toBe("五届四次会议");
    expect(defaultSessionName(12, 1)).toBe("十二届一次会议");
  });

  it("has no name until term and number are known", () => {
    expect(defaultSessionName(undefined, 4)).toBeUndefined();
    expect(defaultSessionName(5, undefined)).toBeUndefined();
  });
});
