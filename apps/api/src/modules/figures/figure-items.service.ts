// figureItems: the rows behind one side of a figure, from the same fact CTEs and the same numerator /
// denominator columns as the counts (FIGURE_COLUMNS), so totalItems always equals the figure. One
// statement for the page and the total.
import { figureDefinition, type FigureKey } from "@jyta/domain";
import type { RequestContext } from "../../graphql/context";
import { badInput } from "../../graphql/errors";
import { DEFAULT_TAKE, MAX_TAKE, type Page } from "../../graphql/list";
import { FIGURE_COLUMNS } from "./figure-columns";
import { factsCte } from "./figure-facts.sql";
import type { AskedScope } from "./figure-scope";
import type { FigureItem } from "./figure-items.types";
import { loadFactsInput } from "./figures.service";
import type { FigurePart } from "./figures.inputs";
import { SqlParams } from "./sql-params";

interface PageRow {
  total: number;
  rows: Array<{ id: string; number: number | null; title: string; status: FigureItem["status"]; kind: FigureItem["kind"]; assignment_id: string | null; role: FigureItem["role"]; unit_id: string | null }>;
}

/** The predicate's fact table and column for one side of a figure; BAD_USER_INPUT when it has no such side. */
function side(figure: FigureKey, part: FigurePart): { table: "item_facts" | "asg_facts"; column: string } {
  const columns = FIGURE_COLUMNS[figure];
  const column = part === "NUMERATOR" ? columns.numerator : columns.denominator;
  if (column === null) throw badInput(`${figureDefinition(figure).en} has no denominator: list its NUMERATOR`);
  return { table: columns.level === "item" ? "item_facts" : "asg_facts", column };
}

export async function listFigureItems(
  ctx: RequestContext,
  asked: AskedScope,
  figure: FigureKey,
  part: FigurePart,
  options: { skip?: number | null; take?: number | null } | null | undefined,
): Promise<Page<FigureItem>> {
  const { table, column } = side(figure, part);
  const input = await loadFactsInput(ctx, asked, "figureItems");
  const params = new SqlParams();
  const cte = factsCte(input, params);
  const picked =
    table === "item_facts"
      ? `SELECT f.id, f.number, f.title, f.status, f.kind, NULL::uuid AS assignment_id, NULL::varchar AS role, NULL::uuid AS unit_id
           FROM item_facts f WHERE f.${column}`
      : `SELECT f.proposal_id AS id, f.number, f.title, f.status, f.kind, f.id AS assignment_id, f.role, f.unit_id
           FROM asg_facts f WHERE f.${column}`;
  const take = Math.min(options?.take ?? DEFAULT_TAKE, MAX_TAKE);
  const sql = `${cte},
picked AS (${picked})
SELECT (SELECT count(*) FROM picked) AS total,
       (SELECT COALESCE(json_agg(t ORDER BY t.ord), '[]'::json) FROM (
          SELECT pk.*, row_number() OVER (ORDER BY pk.number NULLS LAST, pk.kind, pk.title, pk.id, u.sort_order, u.name, pk.assignment_id) AS ord
            FROM picked pk LEFT JOIN unit u ON u.id = pk.unit_id
           ORDER BY ord LIMIT ${params.add(take)}::int OFFSET ${params.add(options?.skip ?? 0)}::int) t) AS rows`;
  const [row] = (await ctx.em.query(sql, params.values)) as PageRow[];
  if (!row) throw new Error("figureItems query returned no row");
  return {
    totalItems: row.total,
    items: row.rows.map((r) => ({
      id: r.id,
      number: r.number,
      title: r.title,
      status: r.status,
      kind: r.kind,
      assignmentId: r.assignment_id,
      role: r.role,
      unitId: r.unit_id,
    })),
  };
}
