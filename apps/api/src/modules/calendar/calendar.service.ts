// The holiday calendar in force (DOMAIN.md §3), read from the editable calendar_day table once per
// request that needs it; deadline arithmetic itself lives in @jyta/domain.
import { calendarFromRows, localDateAt, type HolidayCalendar, type LocalDate } from "@jyta/domain";
import { BatchLoader as DataLoader } from "../../graphql/dataloader";
import type { RequestContext } from "../../graphql/context";
import type { LoaderFactory } from "../../graphql/loaders";
import { CalendarDay } from "./calendar-day.entity";

const calendarLoader: LoaderFactory<"all", HolidayCalendar> = (ctx) =>
  new DataLoader(async (keys) => {
    const rows = await ctx.em.getRepository(CalendarDay).find({ select: { date: true, kind: true } });
    const calendar = calendarFromRows(rows);
    return keys.map(() => calendar);
  });

export function getCalendar(ctx: RequestContext): Promise<HolidayCalendar> {
  return ctx.loaders.get(calendarLoader).load("all");
}

/** Today's civil date where the product is used (China, UTC+8), from the request's clock. */
export function today(ctx: RequestContext): LocalDate {
  return localDateAt(ctx.now());
}
