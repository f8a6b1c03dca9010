import { type HolidayRowKind } from "@jyta/domain";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, Index, PrimaryColumn } from "typeorm";
import { CreatedAt, inList, lengthBetween, UpdatedAt } from "../../db/columns/common";
import { LocalDateScalar } from "../../graphql/scalars";

/** Same values as the domain's HolidayRowKind: a day off, or a weekend day worked in exchange (调休). */
export const CalendarDayKind = { HOLIDAY: "HOLIDAY", WORKDAY: "WORKDAY" } as const satisfies Record<HolidayRowKind, HolidayRowKind>;
export type CalendarDayKind = (typeof CalendarDayKind)[keyof typeof CalendarDayKind];
registerEnumType(CalendarDayKind, { name: "CalendarDayKind", description: "放假 or 调休上班" });

/**
 * One exception to the Monday–Friday week: a holiday, or a make-up working day on a weekend. Days not
 * listed follow the week. Seeded from the State Council notices (@jyta/domain), edited by admins.
 */
@ObjectType("CalendarDay", { simpleResolvers: true })
@Entity("calendar_day")
@Check("calendar_day_kind_check", inList("kind", CalendarDayKind))
@Check("calendar_day_year_check", `year = EXTRACT(YEAR FROM "date")::int`)
@Check("calendar_day_workday_on_weekend", `kind <> 'WORKDAY' OR EXTRACT(ISODOW FROM "date") IN (6, 7)`)
@Check("calendar_day_name_length", lengthBetween("name", 1, 50))
export class CalendarDay {
  @Field(() => LocalDateScalar)
  @PrimaryColumn({ type: "date" })
  date: string;

  @Field(() => CalendarDayKind)
  @Column({ type: "varchar", length: 10 })
  kind: CalendarDayKind;

  @Field(() => String, { description: "The holiday's name as the notice writes it, e.g. 国庆节" })
  @Column({ type: "varchar", length: 50 })
  name: string;

  @Field(() => Int)
  @Index()
  @Column({ type: "int" })
  year: number;

  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;
}
