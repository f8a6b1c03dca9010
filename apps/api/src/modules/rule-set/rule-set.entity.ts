import { ProposalKind, type RuleSet } from "@jyta/domain";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from "typeorm";
import { inList, UpdatedAt } from "../../db/columns/common";
import { User } from "../user/user.entity";

/**
 * The configurable rules of one item kind (deadlines, body cap, review policy, categories, …), stored
 * as the domain package's rule-set JSON and validated by it on read and write. The API exposes a typed
 * RuleSet object built from this row; the row itself is not a GraphQL type.
 */
@Entity("rule_set")
@Check("rule_set_kind_check", inList("kind", ProposalKind))
@Check("rule_set_rules_object", "jsonb_typeof(rules) = 'object'")
export class RuleSetRow {
  @PrimaryColumn({ type: "varchar", length: 20 })
  kind: ProposalKind;

  @Column({ type: "jsonb" })
  rules: RuleSet;

  /** Compare-and-set by hand in services (`… WHERE version = $n`), bumped on every edit. */
  @Column({ type: "int", default: 1 })
  version: number;

  @UpdatedAt() updatedAt: Date;

  /** Null when the row holds the shipped defaults. */
  @Index()
  @Column({ type: "uuid", nullable: true })
  updatedById: string | null;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "updated_by_id" })
  updatedBy?: Relation<User>;
}
