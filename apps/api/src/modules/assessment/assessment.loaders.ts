// Per-request caches of what every line of an assessment shares (the published row, the scheme in
// force), so resolving the drill-down of 300 units × 9 lines reads each once.
import type { AssessmentScheme } from "@jyta/domain";
import { BatchLoader as DataLoader } from "../../graphql/dataloader";
import { In } from "typeorm";
import { byKeys, type LoaderFactory } from "../../graphql/loaders";
import { schemeInForce } from "./assessment-scheme.service";
import { PublishedAssessment } from "./published-assessment.entity";

export const publishedByYear: LoaderFactory<number, PublishedAssessment | null> = (ctx) =>
  new DataLoader(async (years) => byKeys(years, await ctx.em.getRepository(PublishedAssessment).findBy({ year: In([...years]) }), (r) => r.year));

/** The scheme a year is scored by: the published snapshot's, else the one in force. */
export const schemeByYear: LoaderFactory<number, AssessmentScheme> = (ctx) =>
  new DataLoader(async (years) =>
    Promise.all(
      years.map(async (year) => {
        const published = await ctx.loaders.get(publishedByYear).load(year);
        return published?.schemeSnapshot ?? (await schemeInForce(ctx, year)).scheme;
      }),
    ),
  );
