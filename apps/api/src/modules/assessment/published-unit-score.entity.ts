import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from "typeorm";
import { Unit } from "../unit/unit.entity";
import { PublishedAssessment } from "./published-assessment.entity";

/**
 * One unit's line of a published assessment, kept as rows beside the snapshot so rankings and a
 * unit's history across years are plain queries. Frozen with the assessment.
 */
@Entity("published_unit_score")
@Check("published_unit_score_rank_check", "rank IS NULL OR rank >= 1")
export class PublishedUnitScore {
  @PrimaryColumn({ type: "int" })
  year: number;

  @ManyToOne(() => PublishedAssessment, { onDelete: "CASCADE" })
  @JoinColumn({ name: "year" })
  assessment?: Relation<PublishedAssessment>;

  @Index()
  @PrimaryColumn({ type: "uuid" })
  unitId: string;

  @ManyToOne(() => Unit, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "unit_id" })
  unit?: Relation<Unit>;

  /** numeric comes back as a number (see db/type-parsers.ts). */
  @Column({ type: "numeric", precision: 7, scale: 2 })
  total: number;

  /** Null for a unit below the minimum sample (shown, not ranked). */
  @Column({ type: "int", nullable: true })
  rank: number | null;

  /** 优秀, 良好, 合格, 不合格; null when not graded. */
  @Column({ type: "varchar", length: 10, nullable: true })
  grade: string | null;

  /** Indicator lines (numerator, denominator, points), deductions, bonuses, adjustments. */
  @Column({ type: "jsonb" })
  detail: Record<string, unknown>;
}
