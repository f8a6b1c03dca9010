// Wording helpers of Chinese government documents, shared by the report and the reply documents:
// dates as 2025 年 2 月 14 日, counts as 42 件, the assembly's name, 委员 or 代表, titles in 《》.
import { proposalKindLabels, type BodyKind, type LocalDate, type ProposalKind } from "@jyta/domain";

/** 2025-02-14 → 2025 年 2 月 14 日 (spaced around Arabic numerals, as the seed report is). */
export function zhDate(date: LocalDate): string {
  const [y, m, d] = date.split("-").map(Number);
  return `${y} 年 ${m} 月 ${d} 日`;
}

export const pieces = (n: number, unit = "件"): string => `${n} ${unit}`;

/** The kind of item a body's members put forward at a plenary: 提案 (CPPCC) or 建议 (People's Congress). */
export function mainKind(bodyKind: BodyKind): ProposalKind {
  return bodyKind === "PEOPLES_CONGRESS" ? "SUGGESTION" : "PROPOSAL";
}

/** 委员 (CPPCC) or 代表 (People's Congress). */
export function memberWord(bodyKind: BodyKind): string {
  return bodyKind === "PEOPLES_CONGRESS" ? "代表" : "委员";
}

export const kindWord = (kind: ProposalKind): string => proposalKindLabels[kind].zh;

const BODY_SUFFIX = /(人民代表大会常务委员会|人大常委会|人大|政协委员会|政协)$/;

/** The place a body belongs to: 滨江区政协 → 滨江区; empty when the name says nothing more. */
export function districtOf(bodyName: string): string {
  return BODY_SUFFIX.test(bodyName) ? bodyName.replace(BODY_SUFFIX, "") : "";
}

/** 滨江区政协五届四次会议; a People's Congress session named 五届人大四次会议 → 滨江区五届人大四次会议. */
export function assemblyName(body: { name: string; kind: BodyKind }, sessionName: string): string {
  if (body.kind === "PEOPLES_CONGRESS" && sessionName.includes("人大")) return `${districtOf(body.name)}${sessionName}`;
  return `${body.name}${sessionName}`;
}

/** 主送: the body's standing committee (区政协常委会, 区人大常委会). */
export function defaultAddressee(body: { name: string }): string {
  return body.name.endsWith("常委会") || body.name.endsWith("常务委员会") ? body.name : `${body.name}常委会`;
}

/** The issuing government: 滨江区政协 → 滨江区人民政府. */
export function defaultIssuer(body: { name: string }): string {
  return `${districtOf(body.name) || "区"}人民政府`;
}

/** A title in 《》 unless it already is. */
export function quoted(title: string): string {
  return title.startsWith("《") && title.endsWith("》") ? title : `《${title}》`;
}

/** Staff text → paragraphs: one per non-empty line. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** A line like （一）强化领导，明确责任: printed as a sub-heading. */
export function isSubheading(line: string): boolean {
  return /^（[一二三四五六七八九十]+）\S/.test(line) && line.length <= 40 && !/[。；]$/.test(line);
}
