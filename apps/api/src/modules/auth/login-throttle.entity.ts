import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * Failed-login bookkeeping per account name (also for names that do not exist, so an attacker learns
 * nothing from the throttle either). A row is cleared on successful login.
 */
@Entity("login_throttle")
export class LoginThrottle {
  @PrimaryColumn({ type: "varchar", length: 100 })
  usernameKey: string;

  @Column({ type: "int", default: 0 })
  failures: number;

  @Column({ type: "timestamptz" })
  windowStartedAt: Date;

  @Column({ type: "timestamptz", nullable: true })
  lockedUntil: Date | null;
}
