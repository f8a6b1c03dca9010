// The rows of the demo items, collected in memory while the stories are told, then written with a few
// multi-row INSERTs per table in foreign-key order (the whole demo is a few hundred rows: one round trip
// per table instead of one per row keeps first start fast, on PGlite too).
import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { Assignment } from "../modules/assignment/assignment.entity";
import { ExtensionRequest } from "../modules/assignment/extension-request.entity";
import { ReturnRequest } from "../modules/assignment/return-request.entity";
import { Communication } from "../modules/communication/communication.entity";
import { Event } from "../modules/event/event.entity";
import { Feedback } from "../modules/feedback/feedback.entity";
import { FollowUpNote } from "../modules/follow-up/follow-up-note.entity";
import { Notification } from "../modules/notification/notification.entity";
import { Proposal } from "../modules/proposal/proposal.entity";
import { ProposalNumberCounter } from "../modules/proposal/proposal-number-counter.entity";
import { ProposalProposer } from "../modules/proposal/proposal-proposer.entity";
import { Reply } from "../modules/reply/reply.entity";
import { SupervisionEvent } from "../modules/supervision/supervision-event.entity";

/** A row to insert: the entity's columns, id given (so rows can point at each other before insert). */
export type Row<T> = Partial<T> & { id: string };

export class DemoRows {
  readonly proposals: Row<Proposal>[] = [];
  readonly proposers: Partial<ProposalProposer>[] = [];
  readonly assignments: Row<Assignment>[] = [];
  readonly returnRequests: Row<ReturnRequest>[] = [];
  readonly extensionRequests: Row<ExtensionRequest>[] = [];
  readonly communications: Row<Communication>[] = [];
  readonly replies: Row<Reply>[] = [];
  readonly feedback: Row<Feedback>[] = [];
  readonly followUps: Row<FollowUpNote>[] = [];
  readonly supervision: Row<SupervisionEvent>[] = [];
  readonly events: Row<Event>[] = [];
  readonly notifications: Row<Notification>[] = [];
  /** The register event of each item, so its number can be written in once numbers are drawn. */
  readonly registerEvents = new Map<string, Row<Event>>();

  /**
   * Numbers items as registration would have: sequential per session and kind in the order they were
   * registered (never skipped), and returns the counter rows that continue from them.
   */
  numberItems(): Partial<ProposalNumberCounter>[] {
    const groups = new Map<string, Row<Proposal>[]>();
    for (const p of this.proposals) {
      if (!p.registeredAt) continue;
      const key = `${p.sessionId}|${p.kind}`;
      groups.set(key, [...(groups.get(key) ?? []), p]);
    }
    const counters: Partial<ProposalNumberCounter>[] = [];
    for (const items of groups.values()) {
      // Array.prototype.sort is stable: same-instant registrations keep the order they were told in.
      items.sort((a, b) => a.registeredAt!.getTime() - b.registeredAt!.getTime());
      items.forEach((p, i) => {
        p.number = i + 1;
        const event = this.registerEvents.get(p.id);
        if (event?.after) event.after = { ...event.after, number: i + 1 };
      });
      counters.push({ sessionId: items[0]!.sessionId!, kind: items[0]!.kind!, lastNumber: items.length });
    }
    return counters;
  }

  /** Inserts everything in foreign-key order; merge primaries before the items merged into them. */
  async flush(em: EntityManager): Promise<void> {
    const counters = this.numberItems();
    const proposals = [...this.proposals].sort((a, b) => Number(!!a.mergedIntoId) - Number(!!b.mergedIntoId));
    await insertAll(em, Proposal, proposals);
    await insertAll(em, ProposalProposer, this.proposers);
    await insertAll(em, ProposalNumberCounter, counters);
    await insertAll(em, Assignment, this.assignments);
    await insertAll(em, ReturnRequest, this.returnRequests);
    await insertAll(em, ExtensionRequest, this.extensionRequests);
    await insertAll(em, Communication, this.communications);
    await insertAll(em, Reply, this.replies);
    await insertAll(em, Feedback, this.feedback);
    await insertAll(em, FollowUpNote, this.followUps);
    await insertAll(em, SupervisionEvent, this.supervision);
    await insertAll(em, Event, [...this.events].sort((a, b) => a.at!.getTime() - b.at!.getTime()));
    await insertAll(em, Notification, this.notifications);
  }
}

/** Rows per INSERT: far below PostgreSQL's 65,535 bind parameters for the widest table. */
const CHUNK = 250;

async function insertAll<T extends ObjectLiteral>(em: EntityManager, target: EntityTarget<T>, rows: readonly Partial<T>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await em
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(rows.slice(i, i + CHUNK) as T[])
      .updateEntity(false)
      .execute();
  }
}
