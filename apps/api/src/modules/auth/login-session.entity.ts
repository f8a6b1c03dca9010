import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CreatedAt } from "../../db/columns/common";
import { User } from "../user/user.entity";

/**
 * An opaque server-side login session. The cookie holds a random token; only its SHA-256 is stored,
 * so a database leak yields no usable session. Idle and absolute expiry are both enforced.
 */
@Entity("login_session")
@Index("login_session_expires", ["expiresAt"])
export class LoginSession {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "bytea", unique: true })
  tokenHash: Buffer;

  @Index()
  @Column({ type: "uuid" })
  userId: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: Relation<User>;

  @CreatedAt() createdAt: Date;

  @Column({ type: "timestamptz" })
  lastSeenAt: Date;

  /** Absolute expiry: the session ends then whatever the activity. */
  @Column({ type: "timestamptz" })
  expiresAt: Date;

  @Column({ type: "varchar", length: 300, nullable: true })
  userAgent: string | null;

  @Column({ type: "varchar", length: 64, nullable: true })
  ip: string | null;
}
