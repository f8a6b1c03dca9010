import { ProposalKind } from "@jyta/domain";
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from "typeorm";
import { inList } from "../../db/columns/common";
import { AssemblySession } from "../assembly-session/assembly-session.entity";

/**
 * The last number handed out per session and kind. Registration draws the next number inside its
 * transaction with one statement that locks the row until commit, so concurrent registrations queue
 * and numbers are neither skipped nor reused (a rolled-back registration rolls the counter back too):
 *
 *   INSERT INTO proposal_number_counter (session_id, kind, last_number) VALUES ($1, $2, 1)
 *   ON CONFLICT (session_id, kind) DO UPDATE SET last_number = proposal_number_counter.last_number + 1
 *   RETURNING last_number
 */
@Entity("proposal_number_counter")
@Check("proposal_number_counter_kind_check", inList("kind", ProposalKind))
@Check("proposal_number_counter_last_check", "last_number >= 0")
export class ProposalNumberCounter {
  @PrimaryColumn({ type: "uuid" })
  sessionId: string;

  @ManyToOne(() => AssemblySession, { onDelete: "CASCADE" })
  @JoinColumn({ name: "session_id" })
  session?: Relation<AssemblySession>;

  @PrimaryColumn({ type: "varchar", length: 20 })
  kind: ProposalKind;

  @Column({ type: "int", default: 0 })
  lastNumber: number;
}
