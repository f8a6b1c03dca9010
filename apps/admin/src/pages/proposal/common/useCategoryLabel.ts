// Outcome categories (答复分类 A–D) of a kind's rule set, as "A 已解决或基本解决" in the current language.
import type { ProposalKind } from "@jyta/client";
import { useCallback } from "react";
import { useI18n } from "../../../i18n";
import { useRuleSets } from "./useRuleSets";

export function useCategories(kind: ProposalKind) {
  const { locale } = useI18n();
  const { ruleFor } = useRuleSets();
  const categories = ruleFor(kind)?.categories ?? [];
  const label = useCallback(
    (code: string) => {
      const c = categories.find((x) => x.code === code);
      return c ? `${c.code} ${locale === "en" ? c.en : c.zh}` : code;
    },
    [categories, locale],
  );
  return { categories, label, options: categories.map((c) => ({ value: c.code, label: label(c.code) })) };
}
