import { Arg, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import { Allow } from "../../graphql/access";
import type { RequestContext } from "../../graphql/context";
import { LocalDateScalar } from "../../graphql/scalars";
import { CalendarDay, CalendarDayKind } from "./calendar-day.entity";
import { listHolidays, setHoliday, workingDaysAfter } from "./holiday.service";

@Resolver(() => CalendarDay)
export class CalendarResolver {
  @Query(() => [CalendarDay], { description: "Holidays and make-up working days (调休) of a year, or of every year, by date" })
  @Allow("holidays")
  holidays(@Ctx() ctx: RequestContext, @Arg("year", () => Int, { nullable: true }) year?: number | null): Promise<CalendarDay[]> {
    return listHolidays(ctx, year);
  }

  @Mutation(() => CalendarDay, { nullable: true, description: "Marks a day as holiday or make-up working day; kind null restores the plain week (returns null)" })
  @Allow("setHoliday")
  setHoliday(
    @Ctx() ctx: RequestContext,
    @Arg("date", () => LocalDateScalar) date: string,
    @Arg("kind", () => CalendarDayKind, { nullable: true }) kind?: CalendarDayKind | null,
    @Arg("name", () => String, { nullable: true }) name?: string | null,
  ): Promise<CalendarDay | null> {
    return setHoliday(ctx, date, kind, name);
  }

  @Query(() => LocalDateScalar, { description: "The date `days` working days after `from` with the holiday calendar in force (counting starts the next day)" })
  @Allow("addWorkingDays")
  addWorkingDays(@Ctx() ctx: RequestContext, @Arg("from", () => LocalDateScalar) from: string, @Arg("days", () => Int) days: number): Promise<string> {
    return workingDaysAfter(ctx, from, days);
  }
}
