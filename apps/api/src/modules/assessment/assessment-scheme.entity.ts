import { type AssessmentScheme as SchemeRules } from "@jyta/domain";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from "typeorm";
import { UpdatedAt } from "../../db/columns/common";
import { User } from "../user/user.entity";

/**
 * The year's assessment scheme (量化考评方案): indicators and weights, deductions, bonuses, grade bands,
 * minimum sample, as the domain package's scheme JSON (checked with validateScheme). A year without a row uses the default scheme.
 */
@Entity("assessment_scheme")
@Check("assessment_scheme_year_check", "year BETWEEN 2000 AND 2200")
@Check("assessment_scheme_object", "jsonb_typeof(scheme) = 'object'")
export class AssessmentScheme {
  @PrimaryColumn({ type: "int" })
  year: number;

  @Column({ type: "jsonb" })
  scheme: SchemeRules;

  @UpdatedAt() updatedAt: Date;

  /** Null when the row holds the shipped default. */
  @Index()
  @Column({ type: "uuid", nullable: true })
  updatedById: string | null;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "updated_by_id" })
  updatedBy?: Relation<User>;
}
