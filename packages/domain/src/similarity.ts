// Merge hints (并案): how alike two items' titles or bodies are. Chinese has no spaces between words,
// so words are approximated by overlapping character pairs (bigrams), the usual trick for CJK text;
// the boilerplate every title carries ("关于……的建议") is removed first so it cannot make unrelated
// items look alike. Dice's coefficient on the bigram sets gives a score in [0, 1].

/** Removed before comparing, longest first so "的建议" goes before "建议". */
const BOILERPLATE = ["的提案", "的建议", "关于", "建议", "提案"] as const;
const NOISE = /[\p{P}\p{S}\p{Z}\s]/gu;

/** The text as compared: lower case, no whitespace, punctuation, symbols or boilerplate words. */
export function normaliseForSimilarity(text: string): string {
  let s = text.normalize("NFKC").toLowerCase().replace(NOISE, "");
  for (const word of BOILERPLATE) s = s.split(word).join("");
  return s;
}

/** The set of overlapping character pairs; a one-character text is its own single "gram". */
export function characterBigrams(text: string): Set<string> {
  const chars = [...normaliseForSimilarity(text)];
  if (chars.length === 1) return new Set(chars);
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(`${chars[i]}${chars[i + 1]}`);
  return grams;
}

/** Dice coefficient 2|A∩B| / (|A|+|B|) of the bigram sets: 1 for the same text, 0 when nothing is shared or empty. */
export function similarity(a: string, b: string): number {
  const x = characterBigrams(a);
  const y = characterBigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const gram of x) if (y.has(gram)) shared++;
  return (2 * shared) / (x.size + y.size);
}

export interface SimilarityCandidate {
  readonly id: string;
  readonly text: string;
}

/** Candidates scored against `text`, best first, above `minScore` (default 0.3), at most `limit`. */
export function rankBySimilarity(
  text: string,
  candidates: readonly SimilarityCandidate[],
  limit = 10,
  minScore = 0.3,
): { id: string; score: number }[] {
  return candidates
    .map((c) => ({ id: c.id, score: similarity(text, c.text) }))
    .filter((c) => c.score >= minScore)
    .sort((p, q) => q.score - p.score)
    .slice(0, Math.max(0, limit));
}
