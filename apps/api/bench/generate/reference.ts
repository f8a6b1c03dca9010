// Reference data of the benchmark district: two bodies with ten yearly sessions each (2016–2025),
// 300 handling units and 2,000 members, plus the bench logins.
import type { Client } from "pg";
import { chineseNumeral } from "../../src/modules/assembly-session/session-name";
import { hashPassword } from "../../src/modules/auth/password";
import { DEMO_UNITS, CPPCC_SECTORS, NPC_DELEGATIONS, inventedName } from "../../src/seed/demo-world";
import { BulkTable, cols } from "../lib/bulk-insert";
import type { Prng } from "../lib/prng";

export const FIRST_YEAR = 2016;
export const YEARS = 10;
export const UNIT_COUNT = 300;
export const CPPCC_MEMBERS = 1_200;
export const NPC_MEMBERS = 800;

export interface BenchSession {
  id: string;
  bodyKey: "cppcc" | "npc";
  year: number;
}

export interface BenchReference {
  sessions: BenchSession[];
  unitIds: string[];
  unitShortNames: string[];
  members: { cppcc: string[]; npc: string[] };
  officeUserId: string;
}

const DEPARTMENT_WORDS = ["发展研究", "产业服务", "城市更新", "公共资源", "生态保护", "社会事务", "数据服务", "应急保障", "市政设施", "民生保障"];

function unitRow(i: number): { name: string; shortName: string; kind: string } {
  const demo = DEMO_UNITS[i];
  if (demo) return { ...demo };
  if (i < 230) return { name: `区${DEPARTMENT_WORDS[i % DEPARTMENT_WORDS.length]}中心第${i}分中心`, shortName: `单位${i}`, kind: "DEPARTMENT" };
  if (i < 280) return { name: `第${i}街道办事处`, shortName: `街${i}`, kind: "STREET" };
  if (i < 295) return { name: `第${i}镇人民政府`, shortName: `镇${i}`, kind: "TOWN" };
  return { name: `区属第${i}国有企业`, shortName: `企${i}`, kind: "OTHER" };
}

export async function seedReference(client: Client, prng: Prng, password: string): Promise<BenchReference> {
  const bodies = { cppcc: prng.uuid(), npc: prng.uuid() };
  await client.query(`INSERT INTO body (id, name, kind, level) VALUES ($1, '滨江区政协', 'CPPCC', 'DISTRICT'), ($2, '滨江区人大常委会', 'PEOPLES_CONGRESS', 'DISTRICT')`, [bodies.cppcc, bodies.npc]);

  const sessionTable = new BulkTable("assembly_session", cols("id:uuid", "body_id:uuid", "name:text", "term:int", "number:int", "year:int", "starts_on:date", "ends_on:date", "is_current:boolean"));
  const sessions: BenchSession[] = [];
  for (const bodyKey of ["cppcc", "npc"] as const) {
    for (let k = 0; k < YEARS; k++) {
      const year = FIRST_YEAR + k;
      const term = 4 + Math.floor(k / 5);
      const number = (k % 5) + 1;
      const name = `${chineseNumeral(term)}届${bodyKey === "npc" ? "人大" : ""}${chineseNumeral(number)}次会议`;
      const id = prng.uuid();
      sessionTable.push(id, bodies[bodyKey], name, term, number, year, `${year}-01-10`, `${year}-01-13`, k === YEARS - 1);
      sessions.push({ id, bodyKey, year });
    }
  }
  await sessionTable.flush(client);

  const unitTable = new BulkTable("unit", cols("id:uuid", "name:text", "short_name:text", "kind:text", "sort_order:int", "contact_phone:text"));
  const unitIds: string[] = [];
  const unitShortNames: string[] = [];
  for (let i = 0; i < UNIT_COUNT; i++) {
    const u = unitRow(i);
    const id = prng.uuid();
    unitIds.push(id);
    unitShortNames.push(u.shortName);
    unitTable.push(id, u.name, u.shortName, u.kind, (i + 1) * 10, `0750-3${String(100000 + i).slice(0, 6)}`);
  }
  await unitTable.flush(client);

  const memberTable = new BulkTable("member", cols("id:uuid", "body_id:uuid", "name:text", "sector:text", "phone:text"));
  const members = { cppcc: [] as string[], npc: [] as string[] };
  for (let i = 0; i < CPPCC_MEMBERS + NPC_MEMBERS; i++) {
    const cppcc = i < CPPCC_MEMBERS;
    const id = prng.uuid();
    (cppcc ? members.cppcc : members.npc).push(id);
    const sector = cppcc ? CPPCC_SECTORS[i % CPPCC_SECTORS.length]! : NPC_DELEGATIONS[i % NPC_DELEGATIONS.length]!;
    memberTable.push(id, cppcc ? bodies.cppcc : bodies.npc, inventedName(i), sector, `139${String(i).padStart(8, "0")}`);
  }
  await memberTable.flush(client);

  // The logins the load generator uses: the office (reads everything), a handler of the busiest unit, a member.
  const hash = await hashPassword(password);
  const officeUserId = prng.uuid();
  await client.query(
    `INSERT INTO app_user (id, username, display_name, password_hash, roles, unit_id, member_id) VALUES
       ($1, 'bench.office', '基准测试 督查室', $4, ARRAY['OFFICE']::varchar[], NULL, NULL),
       ($2, 'bench.handler', '基准测试 经办人', $4, ARRAY['UNIT_HANDLER']::varchar[], $5, NULL),
       ($3, 'bench.member', '基准测试 委员', $4, ARRAY['MEMBER']::varchar[], NULL, $6)`,
    [officeUserId, prng.uuid(), prng.uuid(), hash, unitIds[6], members.cppcc[0]],
  );
  return { sessions, unitIds, unitShortNames, members, officeUserId };
}
