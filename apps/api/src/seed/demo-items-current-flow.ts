// Steps shared by the current sessions' demo stories. Their dates count back from the moment of
// seeding, so whenever the demo is seeded it shows items due soon, overdue, awaiting feedback, etc.
import type { LocalDate, NotificationKind, ProposalKind, Satisfaction, SubmitterType } from "@jyta/domain";
import type { AssemblySession } from "../modules/assembly-session/assembly-session.entity";
import type { Member } from "../modules/member/member.entity";
import type { User } from "../modules/user/user.entity";
import type { AssignmentStory } from "./demo-items-assignment";
import type { DemoBook } from "./demo-items-book";
import { ItemStory } from "./demo-items-item";
import type { ReplyStory } from "./demo-items-reply";
import { CURRENT_TEXTS, type CurrentTextKey } from "./demo-items-texts-current";
import { at, daysAgo } from "./demo-items-world";

export interface Days {
  /** An instant `days` before now, at a time of the working day. */
  ago(days: number, time?: string): Date;
  /** The civil date `days` before today. */
  on(days: number): LocalDate;
}

export function days(book: DemoBook): Days {
  return { ago: (n, time = "10:00") => at(daysAgo(book.world, n), time), on: (n) => daysAgo(book.world, n) };
}

export interface IntakeSpec {
  text: CurrentTextKey;
  session: AssemblySession;
  kind: ProposalKind;
  proposers: readonly Member[];
  submitterType?: SubmitterType;
}

/** An item written `drafted` days ago; submitted and registered when those are given. */
export function intake(book: DemoBook, spec: IntakeSpec, drafted: number, submitted?: number, registered?: number): ItemStory {
  const d = days(book);
  const item = new ItemStory(book, {
    session: spec.session,
    kind: spec.kind,
    text: CURRENT_TEXTS[spec.text],
    proposers: spec.proposers,
    createdAt: d.ago(drafted, "20:15"),
    ...(spec.submitterType ? { submitterType: spec.submitterType } : {}),
  });
  if (submitted !== undefined) item.submit(d.ago(submitted, "09:40"));
  if (registered !== undefined) item.register(d.ago(registered, "11:05"));
  return item;
}

/** Receipt the next day and a first contact with the proposers a few days later (办前沟通). */
export function receiveAndContact(book: DemoBook, a: AssignmentStory, assigned: number): AssignmentStory {
  const d = days(book);
  a.receive(d.ago(assigned - 1, "09:15"));
  if (assigned > 6) a.communicate(d.on(assigned - 5), "VISIT", "BEFORE");
  return a;
}

/** The whole reply: drafted, submitted, signed off (and reviewed for key items); sent `sent` days ago. */
export function sendReply(book: DemoBook, a: AssignmentStory, category: string, sent: number, quality: number): ReplyStory {
  const d = days(book);
  const done = a.item.spec.text.done;
  const reply = a.draftReply(d.ago(sent + 5, "10:00"), category, done);
  reply.submit(d.ago(sent + 3, "15:30"));
  if (a.item.row.isKey) {
    reply.signOff(d.ago(sent + 2, "16:40"));
    reply.approve(d.ago(sent, "11:20"), quality);
  } else {
    reply.signOff(d.ago(sent, "16:40"), quality);
  }
  return reply;
}

/** The first proposer's rating; a satisfied one closes the item, as giveFeedback does. */
export function rateAndClose(book: DemoBook, item: ItemStory, reply: ReplyStory, result: Satisfaction, rated: number, comment?: string): void {
  const when = days(book).ago(rated, "14:30");
  const first = item.firstProposer;
  item.rate(reply, first, result, when, comment ? { comment } : {});
  if (result !== "DISSATISFIED") item.close("closeOnFeedback", when, "FEEDBACK", item.feedbackActor(first));
}

const NOTICE_TITLES: Partial<Record<NotificationKind, string>> = {
  ASSIGNED: "新交办",
  REMINDER: "催办：请按期办理",
  REPLY_AWAITING_SIGNOFF: "答复待签发",
  REPLY_AWAITING_REVIEW: "答复待审核",
  REPLY_SENT: "已收到答复",
};

/** An unread in-app notice worded as the services word them. */
export function notify(book: DemoBook, user: User, kind: NotificationKind, item: ItemStory, assignment: AssignmentStory | null, when: Date, body: string): void {
  book.rows.notifications.push({
    id: book.id(),
    userId: user.id,
    kind,
    proposalId: item.row.id,
    assignmentId: assignment?.row.id ?? null,
    title: `${NOTICE_TITLES[kind] ?? kind}：${item.row.title}`,
    body,
    createdAt: when,
  });
}
