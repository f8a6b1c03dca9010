import { type AssessmentScheme as SchemeRules } from "@jyta/domain";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from "typeorm";
import { User } from "../user/user.entity";

/**
 * A published year assessment: the whole computed result and the scheme it used, frozen. Later edits
 * of the data do not change it; the service never updates these rows.
 */
@Entity("published_assessment")
@Check("published_assessment_year_check", "year BETWEEN 2000 AND 2200")
export class PublishedAssessment {
  @PrimaryColumn({ type: "int" })
  year: number;

  @Column({ type: "timestamptz", default: () => "now()" })
  publishedAt: Date;

  @Index()
  @Column({ type: "uuid" })
  publishedById: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "published_by_id" })
  publishedBy?: Relation<User>;

  /** The computed result: every unit, indicator numerators/denominators/points, items behind them. */
  @Column({ type: "jsonb" })
  snapshot: Record<string, unknown>;

  @Column({ type: "jsonb" })
  schemeSnapshot: SchemeRules;
}
