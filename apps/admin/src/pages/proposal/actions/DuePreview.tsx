// The deadlines an assignment made today will get, computed as the server will: months from the rule
// set, the return window in working days with the holiday calendar in force (addWorkingDays).
import { useQuery } from "@apollo/client/react";
import { AddWorkingDaysDocument } from "@jyta/client";
import { addCalendarMonths } from "@jyta/domain";
import { useT } from "../../../i18n";
import { todayDate } from "../common/format";
import type { RuleSetView } from "../common/useRuleSets";
import { Facts } from "./Facts";

export function DuePreview({ rules, withCo }: { rules: RuleSetView | undefined; withCo: boolean }) {
  const t = useT();
  const today = todayDate();
  const { data } = useQuery(AddWorkingDaysDocument, {
    variables: { from: today, days: rules?.returnWindowWorkingDays ?? 5 },
    skip: !rules,
    fetchPolicy: "cache-first",
  });
  if (!rules) return null;
  const a = t.actions.assign;
  const items = [
    { label: a.assignedOn, value: today },
    { label: a.returnWindowEndsOn, value: data?.addWorkingDays ?? "…" },
  ];
  if (withCo) items.push({ label: a.coOpinionDueOn, value: addCalendarMonths(today, rules.coOpinionDueMonths) });
  items.push({ label: a.replyDueOn, value: addCalendarMonths(today, rules.replyDueMonths) });
  items.push({ label: a.extensionLimitOn, value: addCalendarMonths(today, rules.extensionMaxMonths) });
  return <Facts title={t.actions.dueDates} items={items} />;
}
