// A year at a glance: twelve small months with holidays (放假) and make-up working days (调休上班)
// marked. Marked days are buttons (to edit them); any other day can be clicked to mark it, and the
// "add" button does the same from the keyboard.
import type { CalendarDayKind, HolidaysQuery } from "@jyta/client";
import dayjs from "dayjs";
import { useI18n } from "../../../i18n";
import styles from "./holidays.module.css";

type Day = HolidaysQuery["holidays"][number];

interface Props {
  year: number;
  days: readonly Day[];
  onPick: (date: string, existing: Day | undefined) => void;
}

const pad = (n: number) => String(n).padStart(2, "0");

export function YearCalendar({ year, days, onPick }: Props) {
  const { t } = useI18n();
  const h = t.holidays;
  const byDate = new Map(days.map((d) => [d.date, d]));
  const kindClass: Record<CalendarDayKind, string | undefined> = { HOLIDAY: styles.holiday, WORKDAY: styles.workday };

  return (
    <>
      <div className={styles.legend} aria-hidden="true">
        <span>
          <span className={`${styles.swatch} ${styles.holiday}`} />
          {h.kind.HOLIDAY}
        </span>
        <span>
          <span className={`${styles.swatch} ${styles.workday}`} />
          {h.kind.WORKDAY}
        </span>
      </div>
      <div className={styles.year}>
        {Array.from({ length: 12 }, (_, m) => {
          const first = dayjs(`${year}-${pad(m + 1)}-01`);
          const lead = (first.day() + 6) % 7; // weeks start on Monday
          const count = first.daysInMonth();
          return (
            <section key={m} className={styles.month} aria-label={h.monthOf(year, m + 1)}>
              <h3>{h.monthOf(year, m + 1)}</h3>
              <div className={styles.days}>
                {h.weekdays.map((w) => (
                  <span key={w} className={styles.head} aria-hidden="true">
                    {w}
                  </span>
                ))}
                {Array.from({ length: lead }, (_, i) => (
                  <span key={`lead-${i}`} />
                ))}
                {Array.from({ length: count }, (_, i) => {
                  const date = `${year}-${pad(m + 1)}-${pad(i + 1)}`;
                  const marked = byDate.get(date);
                  const weekday = (lead + i) % 7;
                  const cls = [styles.day, marked ? kindClass[marked.kind] : weekday >= 5 ? styles.weekend : ""].join(" ");
                  return (
                    <button
                      key={date}
                      type="button"
                      className={cls}
                      tabIndex={marked ? 0 : -1}
                      title={marked ? `${marked.name} · ${h.kind[marked.kind]}` : undefined}
                      onClick={() => onPick(date, marked)}
                    >
                      {i + 1}
                      <span className={styles.srOnly}>{marked ? h.dayLabel(date, marked.name, h.kind[marked.kind]) : date}</span>
                    </button>
                  );
                })}
              </div>
            </section>
          );
        })}
      </div>
    </>
  );
}
