import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The event table is the audit trail (操作记录): rows are only ever inserted. The database refuses
 * UPDATE, DELETE and TRUNCATE on it, so no code path (or hand-run SQL) can rewrite history.
 */
export class EventAppendOnly1795777677998 implements MigrationInterface {
  name = "EventAppendOnly1795777677998";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'event is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$`);
    await queryRunner.query(`CREATE TRIGGER event_no_update_delete BEFORE UPDATE OR DELETE ON event FOR EACH ROW EXECUTE FUNCTION event_append_only()`);
    await queryRunner.query(`CREATE TRIGGER event_no_truncate BEFORE TRUNCATE ON event FOR EACH STATEMENT EXECUTE FUNCTION event_append_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER event_no_truncate ON event`);
    await queryRunner.query(`DROP TRIGGER event_no_update_delete ON event`);
    await queryRunner.query(`DROP FUNCTION event_append_only()`);
  }
}
