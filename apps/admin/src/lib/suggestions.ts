// Customary values offered while typing (free text is still allowed). These are data, in Chinese
// whatever the interface language: they are what gets stored and printed (DEMO.md).

/** 界别 of CPPCC members. People's Congress deputies have 代表团 (by town/street) instead. */
export const SECTORS = [
  "中国共产党",
  "民革",
  "民盟",
  "民建",
  "民进",
  "农工党",
  "致公党",
  "九三学社",
  "无党派人士",
  "共青团",
  "工会",
  "妇联",
  "科协",
  "经济界",
  "农业界",
  "教育界",
  "科技界",
  "医药卫生界",
  "文化艺术界",
  "体育界",
  "社会福利和社会保障界",
  "特邀人士",
] as const;

export const PARTIES = ["中共党员", "民革党员", "民盟盟员", "民建会员", "民进会员", "农工党党员", "致公党党员", "九三学社社员", "台盟盟员", "无党派人士", "群众"] as const;

/** AutoComplete options filtered by what has been typed. */
export function suggest(values: readonly string[], typed: string | undefined): { value: string }[] {
  const needle = typed?.trim() ?? "";
  return values.filter((v) => v.includes(needle)).map((value) => ({ value }));
}
