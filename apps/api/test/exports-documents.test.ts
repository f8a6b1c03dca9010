// The Word and Markdown exports: the annual report (report.docx, report.md) and one reply's official
// document (replies/{id}.docx), parsed back and checked for text, layout and who may download them.
import { describeEachDatabase } from "./support/each-database";
import { anonymous, docxParagraphs, docxXml, downloaderFor, offeredFileName } from "./support/export-fetch";
import { FigureFixtures } from "./support/figure-fixtures";

const REPLY_TEXT = "测试委员：\n您提出的《关于加装电梯的提案》收悉。现将办理情况答复如下：\n一是完成加装电梯 30 台；二是简化审批流程。\n感谢您对住房和城乡建设工作的关心和支持。\n区住房和城乡建设局";

/** The <w:p> element whose text contains `text`. */
function paragraphXml(xml: string, text: string): string {
  const found = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((p) => p.replace(/<[^>]+>/g, "").includes(text));
  if (!found) throw new Error(`no paragraph with ${text}`);
  return found;
}

const errorCode = async (response: Response): Promise<[number, string]> => [
  response.status,
  ((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code,
];

describeEachDatabase("export: report and reply documents", (server) => {
  let session2024: string;
  const replies: Record<string, string> = {};
  let memberName: string;

  beforeAll(async () => {
    server().clock.set("2025-02-14T02:00:00Z");
    const ds = server().dataSource;
    const rows = (await ds.query(`SELECT s.id FROM assembly_session s JOIN body b ON b.id = s.body_id WHERE s.name = '五届四次会议' AND b.kind = 'CPPCC'`)) as Array<{ id: string }>;
    session2024 = rows[0]!.id;
    const fx = await FigureFixtures.open(ds);
    const [me] = (await ds.query(`SELECT m.id, m.name FROM app_user u JOIN member m ON m.id = u.member_id WHERE u.username = 'member'`)) as Array<{ id: string; name: string }>;
    memberName = me!.name;
    const other = await fx.member(fx.cppccBodyId, "别的委员");
    const sessionId = await fx.session(fx.cppccBodyId, 72, 2024);
    // The member's item: SOLE 住建, sent with a document number, signer and contact.
    const mine = await fx.item({ sessionId, status: "REPLIED", proposers: [me!.id, other], title: "关于加装电梯的提案" });
    const a1 = await fx.assignment({ proposalId: mine, unitId: fx.unit("住建"), role: "SOLE", assignedOn: "2024-02-01", status: "REPLIED" });
    replies.sent = await fx.reply({ assignmentId: a1, category: "A", sentOn: "2024-04-15" });
    await ds.query(
      `UPDATE reply SET content = $2, document_number = '滨住建提〔2024〕12号', signer = '李建设', contact_name = '王经办', contact_phone = '0750-3100000' WHERE id = $1`,
      [replies.sent, REPLY_TEXT],
    );
    // The member's second item, its reply awaiting sign-off (not sent).
    const pending = await fx.item({ sessionId, status: "HANDLING", proposers: [me!.id], title: "关于未发出答复的提案" });
    const a2 = await fx.assignment({ proposalId: pending, unitId: fx.unit("住建"), role: "SOLE", assignedOn: "2024-02-01", receivedOn: "2024-02-02" });
    replies.unsent = await fx.reply({ assignmentId: a2, category: "B", sentOn: null });
    // Someone else's item: LEAD 发改 (sent) with 住建 only co-handling.
    const theirs = await fx.item({ sessionId, status: "REPLIED", proposers: [other], title: "关于别人事项的提案" });
    const a3 = await fx.assignment({ proposalId: theirs, unitId: fx.unit("发改"), role: "LEAD", assignedOn: "2024-02-01", status: "REPLIED" });
    await fx.assignment({ proposalId: theirs, unitId: fx.unit("住建"), role: "CO", assignedOn: "2024-02-01", coOpinionSentOn: "2024-02-20", status: "OPINION_SENT" });
    replies.others = await fx.reply({ assignmentId: a3, category: "A", sentOn: "2024-04-20" });
  });

  it("exports the drafted report as .docx in the government layout", async () => {
    const response = await (await downloaderFor(server(), "office")).get(`/export/report.docx?sessionId=${session2024}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(offeredFileName(response)).toBe("关于滨江区政协五届四次会议期间委员提案办理情况的通报.docx");
    const bytes = await response.arrayBuffer();
    const paragraphs = (await docxParagraphs(bytes)).filter((p) => p.trim());
    expect(paragraphs.slice(0, 4)).toEqual([
      "关于滨江区政协五届四次会议期间委员提案办理情况的通报",
      "滨江区政协常委会：",
      "现将滨江区政协五届四次会议期间委员提案的办理情况通报如下。",
      "一、办理情况",
    ]);
    expect(paragraphs[4]).toContain("42 件提案办复率 100%，经委员反馈，满意率为 100%");
    expect(paragraphs).toEqual(expect.arrayContaining(["二、工作措施和主要成效", "（一）强化领导，明确责任", "三、存在问题及努力方向", "滨江区人民政府", "2025 年 2 月 14 日", "附件", "数据口径说明"]));
    const issuerAt = paragraphs.indexOf("滨江区人民政府");
    expect(paragraphs[issuerAt + 1]).toBe("2025 年 2 月 14 日");
    expect(paragraphs.slice(issuerAt)).toEqual(expect.arrayContaining(["办复率", "100%", "答复均已发出的需办理件（已答复或已办结） ÷ 需办理件数 = 42 ÷ 42"]));

    const xml = await docxXml(bytes);
    const title = paragraphXml(xml, "办理情况的通报");
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(title).toContain('w:eastAsia="宋体"');
    expect(title).toMatch(/<w:b\/>|<w:b w:val="true"\/>/);
    expect(paragraphXml(xml, "一、办理情况")).toContain('w:eastAsia="黑体"');
    expect(paragraphXml(xml, "（一）强化领导，明确责任")).toContain('w:eastAsia="楷体"');
    expect(paragraphXml(xml, "现将滨江区政协")).toContain('w:firstLine="640"');
    expect(paragraphXml(xml, "滨江区人民政府")).toContain('<w:jc w:val="right"/>');
    expect(paragraphXml(xml, "2025 年 2 月 14 日")).toContain('<w:jc w:val="right"/>');
  });

  it("exports the report as Markdown for the session's committee, and refuses others as the API does", async () => {
    const committee = await downloaderFor(server(), "committee");
    const md = await committee.get(`/export/report.md?sessionId=${session2024}`);
    expect(md.status).toBe(200);
    expect(md.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(offeredFileName(md)).toBe("关于滨江区政协五届四次会议期间委员提案办理情况的通报.md");
    const text = await md.text();
    expect(text.startsWith("# 关于滨江区政协五届四次会议期间委员提案办理情况的通报\n\n滨江区政协常委会：")).toBe(true);
    expect(text).toContain("42 件提案办复率 100%");
    expect(text).toContain("## 附：数据口径");

    expect(await errorCode(await anonymous(server()).get(`/export/report.docx?sessionId=${session2024}`))).toEqual([401, "UNAUTHENTICATED"]);
    expect(await errorCode(await (await downloaderFor(server(), "handler")).get(`/export/report.docx?sessionId=${session2024}`))).toEqual([403, "FORBIDDEN"]);
    expect(await errorCode(await (await downloaderFor(server(), "member")).get(`/export/report.md?sessionId=${session2024}`))).toEqual([403, "FORBIDDEN"]);
    expect(await errorCode(await (await downloaderFor(server(), "npc.committee")).get(`/export/report.md?sessionId=${session2024}`))).toEqual([404, "NOT_FOUND"]);
    expect(await errorCode(await committee.get(`/export/report.docx`))).toEqual([400, "BAD_USER_INPUT"]);
    expect(await errorCode(await committee.get(`/export/report.docx?sessionId=${session2024}&kind=NOPE`))).toEqual([400, "BAD_USER_INPUT"]);
  });

  it("exports a sent reply as its official document (复文) for the proposer", async () => {
    const response = await (await downloaderFor(server(), "member")).get(`/export/replies/${replies.sent}.docx`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(offeredFileName(response)).toBe("复文-滨住建提〔2024〕12号.docx");
    const bytes = await response.arrayBuffer();
    expect((await docxParagraphs(bytes)).filter((p) => p.trim())).toEqual([
      "A\t滨住建提〔2024〕12号",
      "\t签发人：李建设",
      "对滨江区政协测试第72届第 1 号提案的答复",
      `${memberName}委员：`,
      "您提出的《关于加装电梯的提案》收悉。现将办理情况答复如下：",
      "一是完成加装电梯 30 台；二是简化审批流程。",
      "感谢您对住房和城乡建设工作的关心和支持。",
      "区住房和城乡建设局",
      "2024 年 4 月 15 日",
      "（联系人：王经办，联系电话：0750-3100000）",
    ]);
    const xml = await docxXml(bytes);
    expect(paragraphXml(xml, "滨住建提〔2024〕12号")).toMatch(/<w:tab w:val="right" w:pos="\d+"\/>/);
    expect(paragraphXml(xml, "2024 年 4 月 15 日")).toContain('<w:jc w:val="right"/>');
  });

  it("lets the writing unit download its unsent reply, marked as a draft", async () => {
    const response = await (await downloaderFor(server(), "handler")).get(`/export/replies/${replies.unsent}.docx`);
    expect(response.status).toBe(200);
    const paragraphs = await docxParagraphs(await response.arrayBuffer());
    expect(paragraphs).toEqual(expect.arrayContaining(["（本件为草稿，尚未发出）", "（未发出）"]));
  });

  it("answers every reply the caller may not read as missing (404)", async () => {
    const member = await downloaderFor(server(), "member");
    const handler = await downloaderFor(server(), "handler");
    const [demoOthers] = (await server().dataSource.query(
      `SELECT r.id FROM reply r JOIN proposal p ON p.id = r.proposal_id WHERE r.status = 'SENT' AND p.session_id = $1
          AND NOT EXISTS (SELECT 1 FROM proposal_proposer pp JOIN app_user u ON u.member_id = pp.member_id WHERE pp.proposal_id = p.id AND u.username = 'member')
        LIMIT 1`,
      [session2024],
    )) as Array<{ id: string }>;
    const cases: Array<[string, Promise<Response>]> = [
      ["member: another member's sent reply (demo)", member.get(`/export/replies/${demoOthers!.id}.docx`)],
      ["member: another member's sent reply", member.get(`/export/replies/${replies.others}.docx`)],
      ["member: own item, reply not sent", member.get(`/export/replies/${replies.unsent}.docx`)],
      ["handler: the LEAD unit's reply on a CO item", handler.get(`/export/replies/${replies.others}.docx`)],
      ["deputy: another body's reply", (await downloaderFor(server(), "deputy")).get(`/export/replies/${replies.sent}.docx`)],
      ["npc.committee: another body's reply", (await downloaderFor(server(), "npc.committee")).get(`/export/replies/${replies.sent}.docx`)],
      ["committee: an unsent reply", (await downloaderFor(server(), "committee")).get(`/export/replies/${replies.unsent}.docx`)],
      ["member: malformed id", member.get(`/export/replies/not-a-uuid.docx`)],
      ["member: no such reply", member.get(`/export/replies/00000000-0000-4000-8000-000000000000.docx`)],
    ];
    for (const [what, request] of cases) expect([what, ...(await errorCode(await request))]).toEqual([what, 404, "NOT_FOUND"]);
    expect(await errorCode(await anonymous(server()).get(`/export/replies/${replies.sent}.docx`))).toEqual([401, "UNAUTHENTICATED"]);
    // Readers and the body's committee read sent replies.
    for (const username of ["office", "committee", "leader"]) {
      expect([username, (await (await downloaderFor(server(), username)).get(`/export/replies/${replies.others}.docx`)).status]).toEqual([username, 200]);
    }
  });
}, { demo: true });
