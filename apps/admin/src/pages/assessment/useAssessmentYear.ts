// The assessment year, kept in the URL (?year=2024); by default the newest session's year.
import { useQuery } from "@apollo/client/react";
import { SessionsDocument } from "@jyta/client";
import { useMemo } from "react";
import { useSearchParams } from "react-router";

export function useAssessmentYear() {
  const [search, setSearch] = useSearchParams();
  const { data } = useQuery(SessionsDocument, { variables: {} });
  const years = useMemo(() => [...new Set((data?.sessions ?? []).map((s) => s.year))].sort((a, b) => b - a), [data]);
  const raw = Number(search.get("year"));
  const year = Number.isInteger(raw) && raw >= 2000 && raw <= 2100 ? raw : years[0];
  const setYear = (y: number) => setSearch({ year: String(y) }, { replace: true });
  // Offer the chosen year even when no session has it (a hand-edited URL).
  const options = year !== undefined && !years.includes(year) ? [year, ...years] : years;
  return { year, years: options, setYear, known: data !== undefined };
}
