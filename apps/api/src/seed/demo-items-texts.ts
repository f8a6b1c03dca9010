// How the demo's items read: an item's body, a unit's reply, a CO unit's opinion and the summaries of
// communications are composed from a few invented sentences per item, in the register of real
// proposals and official replies (复文). No real person, figure or document is quoted.
import type { CommunicationMethod, CommunicationStage } from "@jyta/domain";

export interface DemoItemText {
  /** 案由, in the form 关于……的提案 / 关于……的建议. */
  title: string;
  /** Subject-area code of the rule set (ECONOMY, URBAN_RURAL, …). */
  area: string;
  /** The situation and the problem, two or three sentences. */
  problem: string;
  /** Three concrete asks. */
  asks: readonly [string, string, string];
  /** What the replying unit did (reply text), two points. */
  done: readonly [string, string];
}

const NUMERALS = ["一", "二", "三"];

/** The item body: the problem, then 为此建议：一是……；二是……；三是……。 */
export function itemBody(text: Pick<DemoItemText, "problem" | "asks">): string {
  const asks = text.asks.map((a, i) => `${NUMERALS[i]}是${a}`).join("；");
  return `${text.problem}\n为此建议：${asks}。`;
}

/** How the proposer is addressed: 委员 for the CPPCC, 代表 for the People's Congress. */
export function honorific(bodyKind: "CPPCC" | "PEOPLES_CONGRESS"): string {
  return bodyKind === "CPPCC" ? "委员" : "代表";
}

const AREA_WORDS: Readonly<Record<string, string>> = {
  ECONOMY: "经济发展",
  URBAN_RURAL: "城乡建设",
  ENVIRONMENT: "生态环境保护",
  EDUCATION: "教育",
  HEALTH: "医疗卫生",
  SOCIAL_SECURITY: "社会保障",
  CULTURE_TOURISM: "文化旅游",
  POLITICS_LAW: "法治建设",
  OTHER: "相关",
};

export interface ReplyWording {
  addressee: string;
  title: string;
  area: string;
  done: readonly string[];
  /** Category code: A reads as done, B as planned, C as not yet possible. */
  category: string;
  /** Unit name, for the closing line. */
  unitName: string;
}

/** The body of a reply (复文). */
export function replyContent(w: ReplyWording): string {
  const points = w.done.map((d, i) => `${NUMERALS[i] ?? "再"}是${d}`).join("；");
  const outlook: Record<string, string> = {
    A: "下一步，我们将巩固办理成果，建立长效机制，持续跟踪落实。",
    B: "相关工作已列入我单位年度工作计划，正在加快推进，预计明年上半年完成，届时将及时向您反馈。",
    C: "受用地和资金等条件限制，部分事项暂不具备实施条件，我们将积极争取上级支持，待条件成熟时推进。",
    D: "您的意见对我们改进工作很有参考价值，我们将在制定相关规划时认真研究吸收。",
  };
  return (
    `${w.addressee}：\n您提出的《${w.title}》收悉。我单位高度重视，主要负责同志专题研究，明确分管领导和经办科室，` +
    `认真开展调研并与您当面沟通。现将办理情况答复如下：\n${points}。\n${outlook[w.category] ?? outlook.A}\n` +
    `感谢您对${AREA_WORDS[w.area] ?? "相关"}工作的关心和支持，欢迎继续提出宝贵意见。\n${w.unitName}`
  );
}

/** A CO unit's opinion to the LEAD unit (会办意见), with its 函 number. */
export function coOpinionText(documentNumber: string, title: string, unitName: string): string {
  return (
    `${documentNumber}\n关于《${title}》的会办意见：\n我单位结合职能认真研究，提出以下意见：一是积极配合主办单位做好相关调研和政策衔接；` +
    `二是在职责范围内落实相关工作措施，并定期向主办单位通报进展。\n${unitName}`
  );
}

const METHOD_SUMMARIES: Readonly<Record<CommunicationMethod, string>> = {
  VISIT: "上门走访{who}，详细听取对所提问题的意见和建议，介绍办理思路和工作安排。",
  FIELD_SURVEY: "会同{who}到现场实地调研，查看问题现状，研究解决办法。",
  PHONE: "电话联系{who}，沟通办理进展和拟采取的措施，{who}对办理方向表示认可。",
  LETTER: "致函{who}，书面通报办理情况并征求意见。",
  MEETING: "召开当面座谈会，邀请{who}与相关部门共同研究提案所提问题，形成办理意见。",
  ONLINE: "通过网络视频与{who}沟通交流，听取意见建议。",
};

/** A communication's summary; after the reply it is a return visit (办后回访). */
export function communicationSummary(method: CommunicationMethod, stage: CommunicationStage, who: string): string {
  if (stage === "AFTER") return `答复发出后回访${who}，了解对答复的意见，${who}对办理态度和结果表示认可。`;
  return METHOD_SUMMARIES[method].replaceAll("{who}", who);
}
