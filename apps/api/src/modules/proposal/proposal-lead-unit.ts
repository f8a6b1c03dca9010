// The unit that answers an item: its live LEAD or SOLE assignment's unit, for SPLIT items the first
// (largest share, then the units' own order). One SQL expression, shared by the list statement and
// the loader, so both name the same unit.
import { BatchLoader as DataLoader } from "../../graphql/dataloader";
import type { LoaderFactory } from "../../graphql/loaders";
import { Unit } from "../unit/unit.entity";
import { hydrate } from "./proposal-prefetch";

/** The order of an item's assignments everywhere: LEAD, SOLE, SPLIT, CO; then share, then unit order. */
export function assignmentOrderSql(a: string, u: string): string {
  return `CASE ${a}.role WHEN 'LEAD' THEN 0 WHEN 'SOLE' THEN 1 WHEN 'SPLIT' THEN 2 ELSE 3 END, ${a}.share DESC NULLS LAST, ${u}.sort_order, ${u}.name, ${a}.id`;
}

/**
 * The lead unit of proposal alias `p` as a JSON row (null when the item has no live replying
 * assignment); `json` builds it from unit alias `lu` (default: the whole row).
 */
export function leadUnitSql(p: string, json = "to_json(lu)"): string {
  return `(SELECT ${json} FROM assignment la JOIN unit lu ON lu.id = la.unit_id
            WHERE la.proposal_id = ${p}.id AND la.voided_at IS NULL AND la.role <> 'CO'
            ORDER BY ${assignmentOrderSql("la", "lu")} LIMIT 1)`;
}

export const leadUnitByProposalId: LoaderFactory<string, Unit | null> = (ctx) =>
  new DataLoader(async (ids) => {
    const rows: Array<{ id: string; unit: Record<string, unknown> | null }> = await ctx.em.query(
      `SELECT p.id, ${leadUnitSql("p")} AS unit FROM proposal p WHERE p.id = ANY($1::uuid[])`,
      [[...ids]],
    );
    const map = new Map(rows.map((r) => [r.id, r.unit ? hydrate(ctx.em, Unit, r.unit) : null]));
    return ids.map((id) => map.get(id) ?? null);
  });
