// The assessment's on-time, satisfaction, communication and co-opinion numbers are the figures' own
// (DOMAIN.md §4: one definition each): for every unit, `assessment(year)` and `figures(scope: { year,
// unitId })` (and the byUnit breakdown) count the same numerators and denominators. Checked on the
// figures' mixed session (extensions, re-handling, returns, merges, CO opinions missing) and on the
// assessment scenario.
import { describeEachDatabase } from "./support/each-database";
import { FigureFixtures } from "./support/figure-fixtures";
import { FIGURES, type FiguresResult, type Ratio } from "./support/figure-queries";
import { mixedSession } from "./support/figure-scenarios";
import { buildAssessmentScenario, YEAR } from "./support/assessment-scenario";
import { ASSESSMENT, type AssessmentResult } from "./support/assessment-queries";

const PAIRS = [
  ["onTime", "onTime"],
  ["satisfaction", "satisfaction"],
  ["communication", "communication"],
  ["coHandling", "coOpinionOnTime"],
] as const;

describeEachDatabase("assessment agrees with figures", (server) => {
  beforeAll(async () => {
    const fx = await FigureFixtures.open(server().dataSource);
    await mixedSession(fx); // year 2031
    await buildAssessmentScenario(fx, server().dataSource); // year 2033
  });

  async function compare(year: number, today: string, expectedUnits: number): Promise<void> {
    server().clock.set(today);
    const office = await server().login("office");
    const { assessment } = await office.ok<AssessmentResult>(ASSESSMENT, { year });
    expect(assessment.units).toHaveLength(expectedUnits);
    const all = (await office.ok<FiguresResult>(FIGURES, { scope: { year } })).figures;
    for (const unit of assessment.units) {
      const own = (await office.ok<FiguresResult>(FIGURES, { scope: { year, unitId: unit.unitId } })).figures;
      const byUnit = all.byUnit.find((u) => u.unitId === unit.unitId)!;
      for (const [indicator, figure] of PAIRS) {
        const line = unit.indicators.find((i) => i.key === indicator)!;
        const pair = (r: Ratio): [number, number] => [r.numerator, r.denominator];
        const asAssessed: [string, string, number, number] = [unit.unit.shortName, indicator, line.numerator, line.denominator];
        expect(asAssessed).toEqual([unit.unit.shortName, indicator, ...pair(own[figure])]);
        expect(asAssessed).toEqual([unit.unit.shortName, indicator, ...pair(byUnit[figure])]);
      }
    }
  }

  it("on the figures' mixed session", async () => {
    await compare(2031, "2025-06-30T02:00:00Z", 4);
  });

  it("on the assessment scenario", async () => {
    await compare(YEAR, "2034-03-01T02:00:00Z", 7);
  });
}, { demo: true });
