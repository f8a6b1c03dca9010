// Inserts the rows the figures read (items, proposers, assignments, replies, feedback, communications,
// extensions) straight into the database, respecting the CHECK constraints, so figure tests can build
// exact situations with hand-computed expected values without walking every mutation.
import { addCalendarMonths, addCalendarDays, type AssignmentRole, type ProposalKind, type ProposalStatus, type Satisfaction } from "@jyta/domain";
import type { DataSource } from "typeorm";

/** A civil date at 10:00 in China as an ISO instant. */
export const at = (date: string, time = "10:00"): string => `${date}T${time}:00+08:00`;

interface ItemSpec {
  sessionId: string;
  status: ProposalStatus;
  proposers: readonly string[];
  kind?: ProposalKind;
  number?: number | null;
  title?: string;
  subjectArea?: string | null;
  isKey?: boolean;
  round?: 1 | 2;
  mergedIntoId?: string;
  closeReason?: "FEEDBACK" | "NO_FEEDBACK" | "ROUND_TWO" | "OFFICE";
}

interface AssignmentSpec {
  proposalId: string;
  unitId: string;
  role: AssignmentRole;
  assignedOn: string;
  /** Due date in force; defaults to 3 months after assignment. */
  replyDueOn?: string;
  originalReplyDueOn?: string;
  receivedOn?: string | null;
  voided?: boolean;
  status?: "PENDING" | "RECEIVED" | "OPINION_SENT" | "REPLIED";
  coOpinionSentOn?: string | null;
  coOpinionWaived?: boolean;
}

interface ReplySpec {
  assignmentId: string;
  category: string;
  round?: 1 | 2;
  /** null: not sent (status AWAITING_SIGNOFF). */
  sentOn: string | null;
  reworkCount?: number;
}

export class FigureFixtures {
  private numbers = new Map<string, number>();

  private constructor(
    private readonly ds: DataSource,
    readonly adminId: string,
    readonly cppccBodyId: string,
    readonly npcBodyId: string,
    private readonly unitIds: ReadonlyMap<string, string>,
  ) {}

  static async open(ds: DataSource): Promise<FigureFixtures> {
    const [admin] = (await ds.query(`SELECT id FROM app_user WHERE username = 'admin'`)) as Array<{ id: string }>;
    const bodies = (await ds.query(`SELECT id, kind FROM body`)) as Array<{ id: string; kind: string }>;
    const units = (await ds.query(`SELECT id, short_name FROM unit`)) as Array<{ id: string; short_name: string }>;
    const body = (kind: string): string => bodies.find((b) => b.kind === kind)!.id;
    return new FigureFixtures(ds, admin!.id, body("CPPCC"), body("PEOPLES_CONGRESS"), new Map(units.map((u) => [u.short_name, u.id])));
  }

  /** A demo unit by its short name (住建, 发改, 教, …). */
  unit(shortName: string): string {
    const id = this.unitIds.get(shortName);
    if (!id) throw new Error(`no unit ${shortName}`);
    return id;
  }

  private async one(sql: string, params: unknown[]): Promise<string> {
    const rows = (await this.ds.query(sql, params)) as Array<{ id: string }>;
    return rows[0]!.id;
  }

  async session(bodyId: string, term: number, year: number): Promise<string> {
    return this.one(`INSERT INTO assembly_session (body_id, name, term, number, year) VALUES ($1, $2, $3, 1, $4) RETURNING id`, [bodyId, `测试第${term}届`, term, year]);
  }

  async member(bodyId: string, name: string): Promise<string> {
    return this.one(`INSERT INTO member (body_id, name) VALUES ($1, $2) RETURNING id`, [bodyId, name]);
  }

  async item(spec: ItemSpec): Promise<string> {
    const kind = spec.kind ?? "PROPOSAL";
    const numbered = ["REGISTERED", "HANDLING", "REPLIED", "CLOSED"].includes(spec.status);
    const key = `${spec.sessionId}/${kind}`;
    const number = spec.number !== undefined ? spec.number : numbered ? (this.numbers.get(key) ?? 0) + 1 : null;
    if (number !== null) this.numbers.set(key, Math.max(number, this.numbers.get(key) ?? 0));
    const closed = spec.status === "CLOSED";
    const id = await this.one(
      `INSERT INTO proposal (kind, session_id, number, title, body, category, submitter_type, status, round, is_key,
                             submitted_at, registered_at, merged_into_id, closed_at, close_reason, created_by_id)
       VALUES ($1, $2, $3, $4, '正文', $5, 'INDIVIDUAL', $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [
        kind, spec.sessionId, number, spec.title ?? `测试件 ${number ?? "未编号"}`, spec.subjectArea ?? null, spec.status, spec.round ?? 1,
        spec.isKey ?? false, at("2025-01-10"), number !== null ? at("2025-01-20") : null, spec.mergedIntoId ?? null,
        closed ? at("2025-06-01") : null, closed ? (spec.closeReason ?? "FEEDBACK") : null, this.adminId,
      ],
    );
    for (const [i, memberId] of spec.proposers.entries()) {
      await this.ds.query(`INSERT INTO proposal_proposer (proposal_id, member_id, position) VALUES ($1, $2, $3)`, [id, memberId, i + 1]);
    }
    return id;
  }

  async assignment(spec: AssignmentSpec): Promise<string> {
    const due = spec.replyDueOn ?? addCalendarMonths(spec.assignedOn, 3);
    const original = spec.originalReplyDueOn ?? due;
    const status = spec.voided ? "RETURNED" : (spec.status ?? (spec.receivedOn ? "RECEIVED" : "PENDING"));
    const co = spec.role === "CO";
    return this.one(
      `INSERT INTO assignment (proposal_id, unit_id, role, status, assigned_at, assigned_on, received_at, return_window_ends_on,
                               co_opinion_due_on, reply_due_on, original_reply_due_on, extension_limit_on, co_opinion, co_opinion_sent_at,
                               co_opinion_waived_at, co_opinion_waiver_reason, voided_at, assigned_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) RETURNING id`,
      [
        spec.proposalId, spec.unitId, spec.role, status, at(spec.assignedOn), spec.assignedOn, spec.receivedOn ? at(spec.receivedOn) : null,
        addCalendarDays(spec.assignedOn, 7), co ? addCalendarMonths(spec.assignedOn, 1) : null, due, original,
        addCalendarMonths(spec.assignedOn, 6), spec.coOpinionSentOn ? "会办意见" : null, spec.coOpinionSentOn ? at(spec.coOpinionSentOn) : null,
        spec.coOpinionWaived ? at(spec.assignedOn) : null, spec.coOpinionWaived ? "免除" : null, spec.voided ? at(spec.assignedOn, "16:00") : null,
        this.adminId,
      ],
    );
  }

  async reply(spec: ReplySpec): Promise<string> {
    const sent = spec.sentOn !== null;
    return this.one(
      `INSERT INTO reply (proposal_id, assignment_id, unit_id, round, category, content, status, submitted_at, sent_at, rework_count, created_by_id)
       SELECT a.proposal_id, a.id, a.unit_id, $2, $3, '答复正文', $4, $5, $6, $7, $8 FROM assignment a WHERE a.id = $1 RETURNING id`,
      [spec.assignmentId, spec.round ?? 1, spec.category, sent ? "SENT" : "AWAITING_SIGNOFF", at(spec.sentOn ?? "2025-02-01", "09:00"),
        sent ? at(spec.sentOn!, "15:00") : null, spec.reworkCount ?? 0, this.adminId],
    );
  }

  async feedback(replyId: string, memberId: string, result: Satisfaction, round: 1 | 2 = 1): Promise<string> {
    return this.one(
      `INSERT INTO feedback (reply_id, proposal_id, member_id, round, communicated, attitude, result)
       SELECT r.id, r.proposal_id, $2, $3, TRUE, $4, $4 FROM reply r WHERE r.id = $1 RETURNING id`,
      [replyId, memberId, round, result],
    );
  }

  async communication(assignmentId: string, occurredOn: string): Promise<string> {
    return this.one(
      `INSERT INTO communication (assignment_id, method, stage, occurred_on, summary, created_by_id) VALUES ($1, 'VISIT', 'BEFORE', $2, '走访', $3) RETURNING id`,
      [assignmentId, occurredOn, this.adminId],
    );
  }

  /** An approved extension to `until`, decided on `decidedOn` (the caller also sets replyDueOn). */
  async extension(assignmentId: string, until: string, decidedOn: string, approved = true): Promise<string> {
    return this.one(
      `INSERT INTO extension_request (assignment_id, reason, requested_until, requested_at, requested_by_id, decided_at, decided_by_id, approved)
       VALUES ($1, '需要调研', $2, $3, $4, $3, $4, $5) RETURNING id`,
      [assignmentId, until, at(decidedOn), this.adminId, approved],
    );
  }
}
