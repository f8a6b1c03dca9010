import { defaultRuleSets, OFFICIAL_HOLIDAY_ROWS } from "@jyta/domain";
import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Product data every installation needs, demo or not: the official holiday calendar of the years
 * shipped (State Council notices, with make-up working days) and the default rule set of each item
 * kind. Both stay editable by admins; this only fills an empty table.
 */
export class SeedCalendarAndRuleSets1795777677999 implements MigrationInterface {
  name = "SeedCalendarAndRuleSets1795777677999";

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const row of OFFICIAL_HOLIDAY_ROWS) {
      await queryRunner.query(`INSERT INTO calendar_day (date, kind, name, year) VALUES ($1, $2, $3, $4) ON CONFLICT (date) DO NOTHING`, [
        row.date,
        row.kind,
        row.name,
        row.year,
      ]);
    }
    for (const rules of defaultRuleSets()) {
      await queryRunner.query(`INSERT INTO rule_set (kind, rules) VALUES ($1, $2) ON CONFLICT (kind) DO NOTHING`, [rules.kind, JSON.stringify(rules)]);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM rule_set WHERE updated_by_id IS NULL`);
    const dates = OFFICIAL_HOLIDAY_ROWS.map((r) => r.date);
    await queryRunner.query(`DELETE FROM calendar_day WHERE date = ANY($1::date[])`, [dates]);
  }
}
