// assessmentScheme(year): the scheme a year is scored by, read from the snapshot once published.
import type { RequestContext } from "../../graphql/context";
import { schemeInForce, type SchemeInForce } from "./assessment-scheme.service";
import { schemeType, type YearAssessmentScheme } from "./assessment-scheme.types";
import { publishedByYear } from "./assessment.loaders";

export function yearSchemeType(s: SchemeInForce, published: boolean): YearAssessmentScheme {
  return { ...schemeType(s.scheme), year: s.year, stored: s.stored, editable: !published, updatedAt: s.updatedAt };
}

export async function yearScheme(ctx: RequestContext, year: number): Promise<YearAssessmentScheme> {
  const inForce = await schemeInForce(ctx, year);
  const published = await ctx.loaders.get(publishedByYear).load(year);
  if (!published) return yearSchemeType(inForce, false);
  return yearSchemeType({ ...inForce, scheme: published.schemeSnapshot }, true);
}
