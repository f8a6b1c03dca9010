import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CreatedAt, lengthBetween } from "../../db/columns/common";
import { Unit } from "../unit/unit.entity";
import { User } from "../user/user.entity";

/**
 * A manual adjustment of a unit's year score by office staff, with its reason. Rows are added, never
 * edited: the score sums them, and the explanation lists them.
 */
@Entity("assessment_adjustment")
@Index("assessment_adjustment_year_unit", ["year", "unitId"])
@Check("assessment_adjustment_year_check", "year BETWEEN 2000 AND 2200")
@Check("assessment_adjustment_points_check", "points <> 0")
@Check("assessment_adjustment_reason_length", lengthBetween("reason", 1, 500))
export class AssessmentAdjustment {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "int" })
  year: number;

  @Index()
  @Column({ type: "uuid" })
  unitId: string;

  @ManyToOne(() => Unit, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "unit_id" })
  unit?: Relation<Unit>;

  /** numeric comes back as a number (see db/type-parsers.ts). */
  @Column({ type: "numeric", precision: 6, scale: 2 })
  points: number;

  @Column({ type: "text" })
  reason: string;

  @Index()
  @Column({ type: "uuid" })
  createdById: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "created_by_id" })
  createdBy?: Relation<User>;

  @CreatedAt() createdAt: Date;
}
