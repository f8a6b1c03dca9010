// The demo district (DEMO.md): 滨江区, its two bodies, their sessions, the handling units, and the
// members. Every person is invented; institution names are the usual ones of a Chinese district.
import type { BodyKind, UnitKind } from "@jyta/domain";

export const DISTRICT = "滨江区";

export const DEMO_BODIES: ReadonlyArray<{ key: "cppcc" | "npc"; name: string; kind: BodyKind }> = [
  { key: "cppcc", name: "滨江区政协", kind: "CPPCC" },
  { key: "npc", name: "滨江区人大常委会", kind: "PEOPLES_CONGRESS" },
];

export const DEMO_SESSIONS: ReadonlyArray<{ body: "cppcc" | "npc"; term: number; number: number; year: number; name: string; startsOn: string; endsOn: string; isCurrent: boolean }> = [
  { body: "cppcc", term: 5, number: 4, year: 2024, name: "五届四次会议", startsOn: "2024-01-08", endsOn: "2024-01-11", isCurrent: false },
  { body: "cppcc", term: 5, number: 5, year: 2025, name: "五届五次会议", startsOn: "2025-01-13", endsOn: "2025-01-16", isCurrent: true },
  { body: "npc", term: 5, number: 4, year: 2024, name: "五届人大四次会议", startsOn: "2024-01-09", endsOn: "2024-01-12", isCurrent: false },
  { body: "npc", term: 5, number: 5, year: 2025, name: "五届人大五次会议", startsOn: "2025-01-14", endsOn: "2025-01-17", isCurrent: true },
];

export const DEMO_UNITS: ReadonlyArray<{ name: string; shortName: string; kind: UnitKind }> = [
  { name: "区发展和改革局", shortName: "发改", kind: "DEPARTMENT" },
  { name: "区财政局", shortName: "财", kind: "DEPARTMENT" },
  { name: "区教育局", shortName: "教", kind: "DEPARTMENT" },
  { name: "区科学技术局", shortName: "科", kind: "DEPARTMENT" },
  { name: "区民政局", shortName: "民", kind: "DEPARTMENT" },
  { name: "区人力资源和社会保障局", shortName: "人社", kind: "DEPARTMENT" },
  { name: "区住房和城乡建设局", shortName: "住建", kind: "DEPARTMENT" },
  { name: "区交通运输局", shortName: "交", kind: "DEPARTMENT" },
  { name: "区农业农村和水利局", shortName: "农水", kind: "DEPARTMENT" },
  { name: "区卫生健康局", shortName: "卫健", kind: "DEPARTMENT" },
  { name: "区文化广电旅游体育局", shortName: "文广旅体", kind: "DEPARTMENT" },
  { name: "区应急管理局", shortName: "应急", kind: "DEPARTMENT" },
  { name: "区市场监督管理局", shortName: "市监", kind: "DEPARTMENT" },
  { name: "区城市管理和综合执法局", shortName: "城管", kind: "DEPARTMENT" },
  { name: "区退役军人事务局", shortName: "退役", kind: "DEPARTMENT" },
  { name: "区司法局", shortName: "司", kind: "DEPARTMENT" },
  { name: "区医疗保障局", shortName: "医保", kind: "DEPARTMENT" },
  { name: "区政务服务数据管理局", shortName: "政数", kind: "DEPARTMENT" },
  { name: "区商务局", shortName: "商", kind: "DEPARTMENT" },
  { name: "市生态环境局滨江分局", shortName: "环", kind: "DEPARTMENT" },
  { name: "市自然资源局滨江分局", shortName: "自然资源", kind: "DEPARTMENT" },
  { name: "市公安局滨江分局", shortName: "公", kind: "DEPARTMENT" },
  { name: "江城街道办事处", shortName: "江城", kind: "STREET" },
  { name: "滨海街道办事处", shortName: "滨海", kind: "STREET" },
  { name: "外海街道办事处", shortName: "外海", kind: "STREET" },
  { name: "礼东镇人民政府", shortName: "礼东", kind: "TOWN" },
];

export const CPPCC_SECTORS = [
  "中国共产党", "民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "无党派人士", "共青团", "工会",
  "妇联", "科协", "经济界", "农业界", "教育界", "科技界", "医药卫生界", "文化艺术界", "体育界", "社会福利和社会保障界", "特邀人士",
] as const;

export const NPC_DELEGATIONS = ["江城街道代表团", "滨海街道代表团", "外海街道代表团", "礼东镇代表团"] as const;

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
const GIVEN = [
  "晓东", "丽华", "建国", "志强", "海燕", "文静", "国平", "秀英", "家豪", "嘉欣", "振宇", "慧敏", "子涵", "思远", "雨桐", "明轩",
  "立新", "红梅", "伟民", "少华", "卫东", "晓琳", "永康", "美玲", "俊杰", "佳怡", "德明", "春燕", "宏伟", "若曦", "浩然", "欣怡",
  "国庆", "玉兰", "卓然", "静怡", "锦程", "惠珍", "一鸣", "舒婷",
];

/** Deterministic invented names: the same demo on every machine. */
export function inventedName(i: number): string {
  const surname = SURNAMES[(i * 7) % SURNAMES.length]!;
  const given = GIVEN[(i * 11 + Math.floor(i / GIVEN.length)) % GIVEN.length]!;
  return surname + given;
}

const PARTIES = ["中共党员", "民革党员", "民盟盟员", "民建会员", "民进会员", "农工党党员", "致公党党员", "九三学社社员", "无党派人士", "群众"];
const WORKPLACES = [
  "滨江区第一中学 教师", "滨江区人民医院 主任医师", "滨江高新技术产业园 企业负责人", "江城街道社区卫生服务中心 医生", "滨海律师事务所 律师",
  "滨江职业技术学校 副校长", "礼东镇农业合作社 理事长", "滨江文化馆 馆员", "外海街道某社区居委会 主任", "滨江区工商联 副主席",
];

export interface DemoMember {
  body: "cppcc" | "npc";
  name: string;
  sector: string;
  party: string;
  workplace: string;
  phone: string;
}

/** 42 CPPCC members over the sectors and 20 deputies over the delegations (~60, as the issue asks). */
export function demoMembers(): DemoMember[] {
  const members: DemoMember[] = [];
  for (let i = 0; i < 62; i++) {
    const cppcc = i < 42;
    members.push({
      body: cppcc ? "cppcc" : "npc",
      name: inventedName(i),
      sector: cppcc ? CPPCC_SECTORS[i % CPPCC_SECTORS.length]! : NPC_DELEGATIONS[i % NPC_DELEGATIONS.length]!,
      party: PARTIES[i % PARTIES.length]!,
      workplace: WORKPLACES[i % WORKPLACES.length]!,
      // 139 0000 xxxx: a number block that is not assigned to subscribers.
      phone: `1390000${String(1000 + i).padStart(4, "0")}`,
    });
  }
  return members;
}
