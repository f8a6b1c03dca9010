import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Two notification kinds of their own: CO_OPINION_SENT (a CO unit's opinion reached the LEAD unit) and
 * REPLY_RETURNED (the office sent a reply back for rework). Until now they went out as ASSIGNED and
 * REPLY_AWAITING_SIGNOFF with their meaning in the title; those rows get their real kind here (the
 * titles were written by co-opinion.service and reply-review.service), and get it back on the way down.
 */
export class NotificationKindsForHandling1795791915014 implements MigrationInterface {
  name = "NotificationKindsForHandling1795791915014";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "notification_kind_check"`);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "notification_kind_check" CHECK (kind IN ('ASSIGNED', 'RETURN_DECIDED', 'EXTENSION_DECIDED', 'CO_OPINION_SENT', 'REPLY_AWAITING_SIGNOFF', 'REPLY_AWAITING_REVIEW', 'REPLY_RETURNED', 'REPLY_SENT', 'REHANDLING_ORDERED', 'DUE_SOON', 'OVERDUE', 'REMINDER', 'DECLINED', 'REGISTERED'))`);
    await queryRunner.query(`UPDATE "notification" SET "kind" = 'CO_OPINION_SENT' WHERE "kind" = 'ASSIGNED' AND "title" LIKE '会办意见已送达：%'`);
    await queryRunner.query(`UPDATE "notification" SET "kind" = 'REPLY_RETURNED' WHERE "kind" = 'REPLY_AWAITING_SIGNOFF' AND "title" LIKE '答复被退回修改（退改）：%'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "notification" SET "kind" = 'ASSIGNED' WHERE "kind" = 'CO_OPINION_SENT'`);
    await queryRunner.query(`UPDATE "notification" SET "kind" = 'REPLY_AWAITING_SIGNOFF' WHERE "kind" = 'REPLY_RETURNED'`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "notification_kind_check"`);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "notification_kind_check" CHECK (((kind)::text = ANY ((ARRAY['ASSIGNED'::character varying, 'RETURN_DECIDED'::character varying, 'EXTENSION_DECIDED'::character varying, 'REPLY_AWAITING_SIGNOFF'::character varying, 'REPLY_AWAITING_REVIEW'::character varying, 'REPLY_SENT'::character varying, 'REHANDLING_ORDERED'::character varying, 'DUE_SOON'::character varying, 'OVERDUE'::character varying, 'REMINDER'::character varying, 'DECLINED'::character varying, 'REGISTERED'::character varying])::text[])))`);
  }
}
