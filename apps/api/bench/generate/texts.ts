// Invented wording for generated items: titles from a subject and an aim, bodies and replies of a few
// sentences. Lengths are close to real items (a few hundred characters), which matters for row size.
import type { Prng } from "../lib/prng";

const SUBJECTS = [
  "老旧小区改造", "加装电梯", "社区养老服务", "普惠托育", "学位供给", "校园安全", "基层医疗", "家庭医生签约", "医保结算", "停车设施",
  "公交线网", "新能源充电桩", "内河涌治理", "垃圾分类", "扬尘治理", "噪声防治", "农村人居环境", "村级集体经济", "高标准农田", "预制菜产业",
  "跨境电商", "招商引资", "营商环境", "专精特新企业", "中小企业融资", "高技能人才", "就业创业", "灵活就业社保", "退役军人服务", "政务服务一网通办",
  "智慧城管", "背街小巷整治", "城中村改造", "保障性租赁住房", "物业管理", "燃气管道更新", "海绵城市", "防洪排涝", "森林防火", "历史文化保护",
  "文旅融合", "全民健身", "图书馆分馆", "社区矫正", "法律援助", "食品安全", "药品监管", "安全生产", "应急避难场所", "数字经济",
];
const AIMS = ["加快推进", "进一步加强", "完善", "优化", "规范", "大力发展", "切实解决", "统筹推进"];
const AREAS = ["ECONOMY", "URBAN_RURAL", "ENVIRONMENT", "EDUCATION", "HEALTH", "SOCIAL_SECURITY", "CULTURE_TOURISM", "POLITICS_LAW", "OTHER"] as const;

export interface GeneratedText {
  title: string;
  body: string;
  area: string;
}

export function itemText(prng: Prng, kind: string): GeneratedText {
  const subject = prng.pick(SUBJECTS);
  const aim = prng.pick(AIMS);
  const suffix = kind === "PROPOSAL" ? "提案" : "建议";
  const body =
    `近年来，我区${subject}工作取得一定成效，但与群众期盼相比仍有差距，主要表现在统筹规划不够、资金投入不足、长效机制不健全等方面。` +
    `据调研，相关问题在部分镇街较为突出，群众反映较多。为此建议：一是${aim}${subject}的顶层设计，制定年度工作计划；` +
    `二是加大财政投入，引导社会资本参与；三是建立部门协同和考核评价机制，确保各项措施落到实处。`;
  return { title: `关于${aim}${subject}工作的${suffix}`, body, area: prng.pick(AREAS) };
}

export function replyText(title: string, category: string): string {
  const outlook = category === "A" ? "相关问题已基本解决" : category === "B" ? "相关工作已列入计划，正在推进" : category === "C" ? "受条件限制暂不能解决" : "意见留作参考";
  return `您提出的《${title}》收悉。我单位高度重视，认真研究并与您沟通，现答复如下：一是已制定工作方案并明确责任分工；二是加大投入、加快实施。${outlook}。感谢您的关心和支持。`;
}

export const CO_OPINION = "我单位结合职能认真研究，同意主办单位的办理意见，将在职责范围内积极配合落实。";
export const COMMUNICATION_SUMMARY = "与提案人沟通办理思路和进展，听取意见建议。";
