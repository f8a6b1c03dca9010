import { characterBigrams, normaliseForSimilarity, rankBySimilarity, similarity } from "./similarity";

describe("similarity", () => {
  it("strips boilerplate, spaces and punctuation", () => {
    expect(normaliseForSimilarity("关于加快 老旧小区改造的建议。")).toBe("加快老旧小区改造");
    expect(normaliseForSimilarity("《关于“双减”政策落实的提案》")).toBe("双减政策落实");
    expect([...characterBigrams("关于路灯的建议")]).toEqual(["路灯"]);
    expect([...characterBigrams("水")]).toEqual(["水"]);
  });

  it.each([
    ["关于加快老旧小区改造的建议", "关于推进老旧小区改造工作的提案"],
    ["关于加强中小学校园周边交通安全管理的建议", "关于加强中小学校园周边交通安全的提案"],
    ["关于以招商引资为突破口加快构建现代化产业体系的建议", "关于加快构建现代化产业体系推动招商引资的建议"],
    ["关于完善农村生活垃圾分类处理的提案", "关于农村生活垃圾分类处理的建议"],
  ])("scores near-duplicates high: %s / %s", (a, b) => {
    expect(similarity(a, b)).toBeGreaterThan(0.5);
  });

  it.each([
    ["关于加强中小学校园安全的建议", "关于发展乡村旅游产业的提案"],
    ["关于加快老旧小区改造的建议", "关于提升基层医疗卫生服务能力的提案"],
    ["关于建设智慧停车系统的建议", "关于保护非物质文化遗产的提案"],
  ])("scores unrelated items low: %s / %s", (a, b) => {
    expect(similarity(a, b)).toBeLessThan(0.2);
  });

  it("is 1 for the same text, symmetric, and 0 for empty text", () => {
    expect(similarity("关于加快老旧小区改造的建议", "关于加快老旧小区改造的提案")).toBe(1);
    const a = "关于完善农村生活垃圾分类处理的提案";
    const b = "关于农村污水治理的建议";
    expect(similarity(a, b)).toBe(similarity(b, a));
    expect(similarity("", "关于")).toBe(0);
    expect(similarity("关于的建议", "关于的建议")).toBe(0);
  });

  it("ranks candidates best first", () => {
    const ranked = rankBySimilarity("关于加快老旧小区改造的建议", [
      { id: "x", text: "关于发展乡村旅游产业的提案" },
      { id: "y", text: "关于推进老旧小区改造工作的提案" },
      { id: "z", text: "关于加快老旧小区改造的提案" },
    ]);
    expect(ranked.map((r) => r.id)).toEqual(["z", "y"]);
    expect(ranked[0]!.score).toBe(1);
  });
});
