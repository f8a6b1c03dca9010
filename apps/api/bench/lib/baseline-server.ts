// The hand-written baseline: raw node:http + pg, ONE SQL statement per request returning the 50 rows of
// the default item list (number order, as the API sorts it, rows an OFFICE user may see) with the lead
// unit and the proposers as JSON, and the response JSON written by hand in the API's response shape.
import http from "node:http";
import { Pool } from "pg";

const ORDER = `p.number ASC NULLS LAST, p.submitted_at ASC NULLS LAST, p.id ASC`;
const VISIBLE = `(p.status <> 'DRAFT' OR p.entered_by_id = $1)`;
const COLUMNS = `p.id, p.number, p.title, p.status,
  (SELECT u.name FROM assignment a JOIN unit u ON u.id = a.unit_id
    WHERE a.proposal_id = p.id AND a.voided_at IS NULL AND a.role <> 'CO'
    ORDER BY CASE a.role WHEN 'LEAD' THEN 0 WHEN 'SOLE' THEN 1 ELSE 2 END, a.share DESC NULLS LAST, u.sort_order, u.name, a.id LIMIT 1) AS lead_unit,
  (SELECT json_agg(json_build_object('name', m.name) ORDER BY pp.position)::text
     FROM proposal_proposer pp JOIN member m ON m.id = pp.member_id WHERE pp.proposal_id = p.id) AS proposers`;

/** Without totalItems: a plain top-50 sort. */
const LIST = `SELECT ${COLUMNS} FROM proposal p WHERE ${VISIBLE} ORDER BY ${ORDER} LIMIT 50`;
/**
 * With totalItems: the same top-50 sort plus a scalar count of the visible rows, still one statement.
 * (Measured here: a `count(*) OVER ()` + `row_number() OVER (ORDER BY …)` page sorts every visible row
 * and costs about three times as much as a top-N sort with a separate count.)
 */
const LIST_TOTAL = `SELECT ${COLUMNS}, (SELECT count(*) FROM proposal p WHERE ${VISIBLE}) AS total FROM proposal p WHERE ${VISIBLE} ORDER BY ${ORDER} LIMIT 50`;

interface Row {
  id: string;
  number: number | null;
  title: string;
  status: string;
  lead_unit: string | null;
  proposers: string | null;
  total?: string;
}

function body(rows: readonly Row[], withTotal: boolean): string {
  const items = rows.map(
    (r) =>
      `{"id":"${r.id}","number":${r.number ?? "null"},"title":${JSON.stringify(r.title)},"status":"${r.status}",` +
      `"leadUnit":${r.lead_unit === null ? "null" : `{"name":${JSON.stringify(r.lead_unit)}}`},"proposers":${r.proposers ?? "[]"}}`,
  );
  const total = withTotal ? `"totalItems":${rows[0]?.total ?? 0},` : "";
  return `{"data":{"proposals":{${total}"items":[${items.join(",")}]}}}`;
}

export async function serveBaseline(databaseUrl: string, port: number): Promise<void> {
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  const office = await pool.query<{ id: string }>(`SELECT id FROM app_user WHERE username = 'bench.office'`);
  const userId = office.rows[0]?.id;
  if (!userId) throw new Error("No bench.office user: run bench:generate first");
  const server = http.createServer((req, res) => {
    if (req.url === "/healthz") return void res.end("ok");
    const withTotal = req.url === "/list-total";
    req.resume();
    req.on("end", () => {
      pool.query<Row>({ name: withTotal ? "list-total" : "list", text: withTotal ? LIST_TOTAL : LIST, values: [userId] }).then(
        (result) => {
          res.writeHead(200, { "content-type": "application/json", "x-sql-count": "1" });
          res.end(body(result.rows, withTotal));
        },
        (error: Error) => {
          res.writeHead(500, { "content-type": "application/json" });
          res.end(JSON.stringify({ errors: [{ message: error.message }] }));
        },
      );
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
}
