import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from "typeorm";
import { UpdatedAt } from "../../db/columns/common";
import { AssemblySession } from "../assembly-session/assembly-session.entity";
import { User } from "../user/user.entity";

/** The staff-edited narrative sections of a session's annual report (通报); the figures are recomputed. */
@Entity("report_narrative")
@Check("report_narrative_sections_object", "jsonb_typeof(sections) = 'object'")
export class ReportNarrative {
  @PrimaryColumn({ type: "uuid" })
  sessionId: string;

  @ManyToOne(() => AssemblySession, { onDelete: "CASCADE" })
  @JoinColumn({ name: "session_id" })
  session?: Relation<AssemblySession>;

  /** Keyed by section: measures, problems, nextSteps, …; each a text. */
  @Column({ type: "jsonb" })
  sections: Record<string, string>;

  @UpdatedAt() updatedAt: Date;

  @Index()
  @Column({ type: "uuid", nullable: true })
  updatedById: string | null;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "updated_by_id" })
  updatedBy?: Relation<User>;
}
