import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Partial indexes for the office's workbench groups (tasks/task-groups.ts): overdueAssignments and
 * coOpinionsOverdue read only open assignments, toAssign probes only live replying ones, instead of
 * every assignment of every year. Declared on the Assignment entity with the same WHERE.
 */
export class TaskGroupIndexes1795790791239 implements MigrationInterface {
  name = "TaskGroupIndexes1795790791239";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "assignment_open_co_opinion_due" ON "assignment"  ("co_opinion_due_on") WHERE voided_at IS NULL AND role = 'CO' AND status IN ('PENDING', 'RECEIVED', 'RETURN_REQUESTED') AND co_opinion_waived_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "assignment_open_reply_due" ON "assignment"  ("reply_due_on") WHERE voided_at IS NULL AND role <> 'CO' AND status IN ('PENDING', 'RECEIVED', 'RETURN_REQUESTED')`);
    await queryRunner.query(`CREATE INDEX "assignment_live_replying" ON "assignment"  ("proposal_id") WHERE voided_at IS NULL AND role <> 'CO'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."assignment_live_replying"`);
    await queryRunner.query(`DROP INDEX "public"."assignment_open_reply_due"`);
    await queryRunner.query(`DROP INDEX "public"."assignment_open_co_opinion_due"`);
  }
}
