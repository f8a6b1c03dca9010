import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Sort indexes of the item list (proposal-list.service ORDER_BY): with them a page is an index scan
 * that stops after LIMIT + OFFSET rows instead of a sort of every visible item. Each index matches its
 * ORDER BY exactly (directions, NULLS LAST, the "C" collation of titles). Only `proposal_list_number`
 * is generated from the entity; the others TypeORM cannot express and the entity declares them with
 * `synchronize: false`.
 */
export class ProposalListIndexes1795783495064 implements MigrationInterface {
  name = "ProposalListIndexes1795783495064";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "proposal_list_number" ON "proposal"  ("number", "submitted_at", "id") `);
    await queryRunner.query(`CREATE INDEX "proposal_list_number_desc" ON "proposal" ("number" DESC NULLS LAST, "submitted_at" DESC NULLS LAST, "id")`);
    await queryRunner.query(`CREATE INDEX "proposal_list_submitted_at" ON "proposal" ("submitted_at" DESC NULLS LAST, "id")`);
    await queryRunner.query(`CREATE INDEX "proposal_list_registered_at" ON "proposal" ("registered_at" DESC NULLS LAST, "id")`);
    await queryRunner.query(`CREATE INDEX "proposal_list_updated_at" ON "proposal" ("updated_at" DESC, "id")`);
    await queryRunner.query(`CREATE INDEX "proposal_list_title" ON "proposal" ("title" COLLATE "C", "id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."proposal_list_title"`);
    await queryRunner.query(`DROP INDEX "public"."proposal_list_updated_at"`);
    await queryRunner.query(`DROP INDEX "public"."proposal_list_registered_at"`);
    await queryRunner.query(`DROP INDEX "public"."proposal_list_submitted_at"`);
    await queryRunner.query(`DROP INDEX "public"."proposal_list_number_desc"`);
    await queryRunner.query(`DROP INDEX "public"."proposal_list_number"`);
  }
}
