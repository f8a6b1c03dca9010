// 区政协五届四次会议 (2024): the 42 proposals of the seed report, all handled through the whole life of
// an item in 2024 — submitted at the plenary in January, registered, assigned in February–March,
// communicated with, replied before their due dates with category A, rated satisfied or basically
// satisfied by their first proposer and closed. Reply rate, satisfaction and solved share are 100%.
import { addWorkingDays, type AssignmentRole, type LocalDate, type Satisfaction } from "@jyta/domain";
import type { Member } from "../modules/member/member.entity";
import type { DemoBook } from "./demo-items-book";
import { ItemStory, type PlannedAssignment } from "./demo-items-item";
import { ITEMS_2024 } from "./demo-items-texts-2024";
import { at } from "./demo-items-world";

/** Key items (重点提案) by position, with their supervising leader; the first is the 一号提案. */
const KEY_ITEMS: ReadonlyMap<number, string> = new Map([
  [0, "区长 何建国"],
  [11, "副区长 林涛"],
  [21, "副区长 林涛"],
  [23, "副区长 陈海燕"],
]);
/** Items put forward by a party group (党派团体提案) in the name of one of its members. */
const PARTY_GROUP_ITEMS = new Set([1, 35]);
/** Items the demo `member` login co-signed, besides the 一号提案 it leads. */
const MEMBER_COSIGNED = new Set([12, 37]);
const ASSIGNED_ON: readonly LocalDate[] = ["2024-02-26", "2024-03-04", "2024-03-11"];
const SUBMITTED_ON: readonly LocalDate[] = ["2024-01-08", "2024-01-09", "2024-01-10", "2024-01-11"];

/** "商+发改" = LEAD + CO, "交|公" = SPLIT, "住建" = SOLE; shares by 职能比重. */
export function parsePlan(book: DemoBook, plan: string): PlannedAssignment[] {
  const unit = (short: string) => {
    const found = book.world.units.get(short);
    if (!found) throw new Error(`Demo items: no unit with short name ${short}`);
    return found;
  };
  if (plan.includes("|")) {
    const parts = plan.split("|");
    const share = Math.floor(100 / parts.length);
    return parts.map((s, k) => ({ unit: unit(s), role: "SPLIT" as AssignmentRole, share: k === 0 ? 100 - share * (parts.length - 1) : share }));
  }
  const [lead, ...co] = plan.split("+");
  if (co.length === 0) return [{ unit: unit(lead!), role: "SOLE" }];
  const coShare = Math.floor(40 / co.length);
  const leadShare = 100 - coShare * co.length;
  return [{ unit: unit(lead!), role: "LEAD", share: leadShare }, ...co.map((s) => ({ unit: unit(s), role: "CO" as AssignmentRole, share: coShare }))];
}

function proposersOf(book: DemoBook, i: number): Member[] {
  const members = book.world.cppccMembers;
  const first = members[(i * 5) % members.length]!;
  const count = i === 0 ? 5 : i % 3 === 0 && !PARTY_GROUP_ITEMS.has(i) ? 2 + (i % 4) : 1;
  const list = [first];
  for (let k = 1; list.length < count; k++) {
    const m = members[(i * 5 + 7 * k) % members.length]!;
    if (!list.includes(m)) list.push(m);
  }
  if (MEMBER_COSIGNED.has(i) && !list.includes(book.world.member)) list.splice(1, 0, book.world.member);
  return list;
}

export function seedSession2024(book: DemoBook): ItemStory[] {
  const { world } = book;
  const wd = (from: LocalDate, n: number): LocalDate => addWorkingDays(from, n, world.calendar);
  const minute = (i: number): string => String(10 + (i % 45)).padStart(2, "0");
  return ITEMS_2024.map((text, i) => {
    const proposers = proposersOf(book, i);
    const submittedOn = SUBMITTED_ON[i % SUBMITTED_ON.length]!;
    const item = new ItemStory(book, {
      session: world.sessions.cppcc2024,
      kind: "PROPOSAL",
      text,
      proposers,
      createdAt: at(submittedOn, `09:${minute(i)}`),
      ...(PARTY_GROUP_ITEMS.has(i) ? { submitterType: "PARTY_GROUP" as const } : {}),
    });
    item.submit(at(submittedOn, `11:${minute(i)}`));
    // Registered in number order over the working days after the plenary.
    item.register(at(wd("2024-01-19", 1 + Math.floor(i / 6)), `10:${minute(i)}`));
    const leader = KEY_ITEMS.get(i);
    if (leader) item.markKey(at("2024-02-20", "16:00"), leader, i === 0);

    const assignedOn = ASSIGNED_ON[Math.floor(i / 14)]!;
    const assignments = item.assign(at(assignedOn, "15:00"), parsePlan(book, text.plan));
    let lastSent: LocalDate = assignedOn;
    assignments.forEach((a, k) => {
      a.receive(at(wd(assignedOn, 1 + ((i + k) % 2)), "09:20"));
      a.communicate(wd(assignedOn, 6 + (i % 4) + k), i % 2 === 0 ? "VISIT" : "PHONE", "BEFORE");
      if (a.role === "CO") {
        a.sendCoOpinion(at(wd(assignedOn, 12 + (i % 6) + k), "16:00"));
        return;
      }
      a.communicate(wd(assignedOn, 20 + (i % 5) + k), (i + k) % 2 === 0 ? "FIELD_SURVEY" : "MEETING", "DURING");
      const done = a.role === "SPLIT" ? [text.done[k]!.replace(/^（[^）]+）/, ""), "建立长效工作机制，持续跟踪落实"] : text.done;
      const draftOn = wd(assignedOn, 30 + (i % 7) + 3 * k);
      const reply = a.draftReply(at(draftOn, "10:00"), "A", done);
      reply.submit(at(wd(draftOn, 1), "10:30"));
      const quality = 85 + ((i * 7 + k) % 14);
      reply.signOff(at(wd(draftOn, 2), "17:00"), quality);
      const sentOn = item.row.isKey ? wd(draftOn, 4) : wd(draftOn, 2);
      if (item.row.isKey) reply.approve(at(sentOn, "11:00"), quality);
      if (i % 3 === 0) a.communicate(wd(sentOn, 2), "PHONE", "AFTER");
      if (sentOn > lastSent) lastSent = sentOn;
    });

    // The first proposer rates every reply (some co-proposers too); the last rating closes the item.
    const result: Satisfaction = i % 7 === 3 || i % 7 === 6 ? "BASICALLY_SATISFIED" : "SATISFIED";
    const replies = assignments.flatMap((a) => (a.reply ? [a.reply] : []));
    const ratedOn = wd(lastSent, 5 + (i % 6));
    replies.forEach((r, k) => {
      if (i % 4 === 0 && proposers[1]) item.rate(r, proposers[1], "SATISFIED", at(ratedOn, `09:${minute(i + k)}`));
      item.rate(r, proposers[0]!, result, at(ratedOn, `10:${minute(i + k)}`));
    });
    // The close follows from the first proposer's rating: recorded with the same actor.
    item.close("closeOnFeedback", at(ratedOn, `10:${minute(i + replies.length)}`), "FEEDBACK", item.feedbackActor(proposers[0]!));
    return item;
  });
}

/** 督办 of the key items: the leader's instruction on the 一号提案, inspections, the December meeting. */
export function seedSupervision2024(book: DemoBook, items: readonly ItemStory[]): void {
  const add = (item: ItemStory, kind: "INSPECTION" | "MEETING" | "LEADER_INSTRUCTION", on: LocalDate, note: string): void => book.supervise(item.row.id, kind, on, note);
  const numberOne = items[0]!;
  add(numberOne, "LEADER_INSTRUCTION", "2024-03-05", "区长批示：由区政府主要领导领办，区商务局牵头，相关单位密切配合，形成招商引资工作合力。");
  for (const [i] of KEY_ITEMS) add(items[i]!, "INSPECTION", "2024-04-16", "督查室对重点提案办理进展开展专项检查，承办单位已与提案人当面沟通并形成办理方案。");
  add(numberOne, "MEETING", "2024-12-03", "召开“委员建言零距离”区长·委员面对面协商座谈会暨重点提案督办会议，对进一步推进招商引资工作作出安排。");
}
