// The demo's record keeper: who records each action (a unit's own login where the demo has one, the
// office on the unit's behalf otherwise), the event row every state change writes, and the running
// document numbers (文号) of each unit.
import { randomUUID } from "node:crypto";
import type { LocalDate, ProposalKind } from "@jyta/domain";
import type { AssemblySession } from "../modules/assembly-session/assembly-session.entity";
import type { Event, EventSnapshot } from "../modules/event/event.entity";
import type { Member } from "../modules/member/member.entity";
import type { Unit } from "../modules/unit/unit.entity";
import type { User } from "../modules/user/user.entity";
import { DemoRows, type Row } from "./demo-items-rows";
import { at, type DemoWorld } from "./demo-items-world";
import { inventedName } from "./demo-world";

/** Who did something, and a note when it was recorded on someone's behalf (代录). */
export interface Actor {
  user: User | null;
  note: string | null;
}

export interface EventSpec {
  at: Date;
  actor: Actor;
  proposalId: string;
  entityType: "Proposal" | "Assignment" | "Reply" | "Feedback" | "Communication" | "SupervisionEvent" | "FollowUpNote";
  entityId: string;
  action: string;
  before?: EventSnapshot | null;
  after?: EventSnapshot | null;
}

const SERIES: Readonly<Record<ProposalKind, string>> = { PROPOSAL: "提", SUGGESTION: "建", MICRO_SUGGESTION: "微" };
const SYSTEM: Actor = { user: null, note: null };

export class DemoBook {
  readonly rows = new DemoRows();
  private readonly documentCounters = new Map<string, number>();

  constructor(readonly world: DemoWorld) {}

  id(): string {
    return randomUUID();
  }

  event(spec: EventSpec): Row<Event> {
    const row: Row<Event> = {
      id: this.id(),
      at: spec.at,
      actorId: spec.actor.user?.id ?? null,
      proposalId: spec.proposalId,
      entityType: spec.entityType,
      entityId: spec.entityId,
      action: spec.action,
      before: spec.before ?? null,
      after: spec.after ?? null,
      note: spec.actor.note,
    };
    this.rows.events.push(row);
    return row;
  }

  get system(): Actor {
    return SYSTEM;
  }

  get office(): Actor {
    return { user: this.world.users.office, note: null };
  }

  /** The committee staff of the session's body: registers, and enters paper items (代录). */
  committee(session: AssemblySession): User {
    return session.bodyId === this.world.cppcc.id ? this.world.users.committee : this.world.users["npc.committee"];
  }

  /** The login of a member, when the demo has one (the `member` and `deputy` logins). */
  loginOf(member: Member): User | null {
    if (member.id === this.world.member.id) return this.world.users.member;
    if (member.id === this.world.deputy.id) return this.world.users.deputy;
    return null;
  }

  /** A unit's handler (or leader); units without a demo login are recorded by the office (代录). */
  unitActor(unit: Unit, leader = false): Actor {
    if (unit.id === this.world.housing.id) return { user: leader ? this.world.users.unitleader : this.world.users.handler, note: null };
    return { user: this.world.users.office, note: `督查室代${unit.name}录入` };
  }

  /** 督办 other than a reminder (检查、督办会议、领导批示), recorded by the office. */
  supervise(proposalId: string, kind: "INSPECTION" | "SPOT_CHECK" | "RECHECK" | "MEETING" | "LEADER_INSTRUCTION", on: LocalDate, note: string): void {
    const id = this.id();
    const when = at(on, "18:00");
    this.rows.supervision.push({ id, proposalId, assignmentId: null, kind, note, occurredOn: on, actorId: this.world.users.office.id, createdAt: when });
    this.event({ at: when, actor: this.office, proposalId, entityType: "SupervisionEvent", entityId: id, action: "recordSupervision", after: { kind, occurredOn: on, assignmentId: null } });
  }

  /** A progress note on an item of the follow-up list (跟踪办理). */
  followUp(proposalId: string, assignmentId: string, unit: Unit, note: string, when: Date): void {
    const id = this.id();
    const actor = this.unitActor(unit);
    this.rows.followUps.push({ id, proposalId, assignmentId, note, isResolution: false, achievedOn: null, authorId: actor.user!.id, createdAt: when });
    this.event({ at: when, actor: { user: actor.user, note }, proposalId, entityType: "FollowUpNote", entityId: id, action: "addFollowUpNote" });
  }

  /** 滨住建提〔2024〕12号 for replies, 滨住建函〔2024〕3号 for co-handling opinions. */
  documentNumber(unit: Unit, kind: ProposalKind | "CO_OPINION", year: number): string {
    const series = kind === "CO_OPINION" ? "函" : SERIES[kind];
    const key = `${unit.id}|${series}|${year}`;
    // Each unit's numbering starts where its other documents of the year left it.
    const next = (this.documentCounters.get(key) ?? 1 + (unit.sortOrder / 10) % 7) + 1;
    this.documentCounters.set(key, next);
    return `滨${unit.shortName ?? unit.name}${series}〔${year}〕${next}号`;
  }

  /** 签发人: the unit's leader (the demo unit leader for 住建). */
  signer(unit: Unit): string {
    return unit.id === this.world.housing.id ? "黄立" : inventedName(120 + unit.sortOrder / 10);
  }

  /** The unit's contact person for the proposers. */
  contact(unit: Unit): { name: string; phone: string | null } {
    const name = unit.id === this.world.housing.id ? "张明" : inventedName(160 + unit.sortOrder / 10);
    return { name, phone: unit.contactPhone };
  }
}
