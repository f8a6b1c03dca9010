// The wording of the narrative sections until staff write their own (updateReportNarrative): the
// customary measures, problems and next steps of such a report, in the seed report's register, with
// 提案/建议 and 委员/代表 filled in. Nothing here states a number: numbers come from the figures only.

export interface NarrativeWords {
  /** 提案, 建议 or 微建议 */
  kind: string;
  /** 委员 or 代表 */
  member: string;
  /** 2024 */
  year: number;
}

export function defaultMeasures(w: NarrativeWords): string {
  return [
    "（一）强化领导，明确责任",
    `一是强化统筹协调。区政府高度重视${w.kind}办理工作，建立主要领导负总责、分管领导具体抓、区政府办公室协调督办、承办单位抓落实的工作机制，一级抓一级，层层抓落实。` +
      `二是完善工作机制。印发年度${w.kind}办理工作通知，做到定领导、定人员、定时间、定任务、定责任，规范办理程序，严把答复质量关。` +
      `三是全程跟踪督办。将${w.kind}办理作为督查督办的重要内容，建立工作台账，定期梳理办理进展，及时督办，确保按时办结。`,
    "（二）分级分类，规范办理",
    `一是分办更精细。认真开展办前分析，对${w.kind}所提事项逐条分解、明确责任和承办方式；对涉及职能交叉的${w.kind}，按照职能比重确定主办、会办单位，形成主办单位牵头负责、会办单位密切配合的工作格局。` +
      `二是交办更规范。依托建议提案办理平台交办、签收和答复，办理时限清晰可查，有序推进各项办理工作。` +
      `三是督办更有力。对承办量大、热点难点问题集中的承办单位开展检查、抽查和复查；对一时难以解决的${w.kind}实行跟踪办理，并将办理成效纳入年终工作量化考评。`,
    "（三）强化沟通，力求实效",
    `坚持把强化沟通作为办好${w.kind}的重要途径，督导承办单位抓好“办前、办中、办后”三个环节，通过上门走访、实地调研、电话信函、当面座谈等方式充分了解${w.member}的真实诉求，有的放矢开展工作。` +
      `同时强化主办、会办单位之间的沟通，提高办理效率；对重点${w.kind}，加强审查、交办、督办、反馈等各个环节的沟通配合，做好跟进落实工作。`,
  ].join("\n");
}

export function defaultProblems(w: NarrativeWords): string {
  return (
    `在各承办单位的共同努力下，${w.year} 年的办理工作取得了一定成效，但仍存在一些薄弱环节和不足之处：` +
    `一是个别承办单位对${w.kind}办理工作谋划不到位，具体工作衔接不够紧密，影响办理质量；` +
    `二是个别承办单位对落实${w.kind}的具体办法研究不够深入，效果不够明显；` +
    `三是个别承办单位在办理过程中同${w.member}沟通交流还不够充分。`
  );
}

export function defaultNextSteps(w: NarrativeWords): string {
  return (
    `下来，区政府将进一步增强${w.kind}办理工作的积极性、主动性，充分吸纳${w.member}们的真知灼见，认真办理每件${w.kind}，加大督促检查、跟踪落实力度，努力使办理工作取得新的成效。` +
    `一是进一步提高思想认识，增强责任意识，理清工作思路，扎扎实实做好办理工作。` +
    `二是进一步加大办理成果转化力度，对站位较高、富有前瞻性和可操作性的意见建议，积极纳入政府决策，充分发挥${w.kind}的决策参考作用。` +
    `三是进一步完善工作机制，优化办理流程，强化督查督办，完善统筹协调、督办反馈和跟踪落实的工作机制，确保办理工作更加扎实有效。`
  );
}
