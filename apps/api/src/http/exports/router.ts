// The file downloads next to /graphql (API.md "Files"), mounted at /export by server.ts. Every route
// goes through exportRoute: same principal resolution and row rules as the API, 401/403/404 as the API
// would answer. To add a file: write a handler `(ctx, req) => Promise<ExportFile>` in its own file
// and add one line to the list below.
import { Router } from "express";
import { cookies } from "../cookies";
import { assessmentXlsx } from "./assessment-xlsx";
import { exportRoute, type ExportDeps } from "./export-route";
import { ledgerXlsx } from "./ledger-xlsx";
import { replyDocx } from "./reply-docx";
import { reportDocx, reportMarkdown } from "./report-export";

export function exportRouter(deps: ExportDeps): Router {
  const router = Router();
  router.use(cookies);

  // ---- Routes: one line each ----
  router.get("/ledger.xlsx", exportRoute(deps, ledgerXlsx));
  router.get("/report.docx", exportRoute(deps, reportDocx));
  router.get("/report.md", exportRoute(deps, reportMarkdown));
  router.get("/replies/:replyId.docx", exportRoute(deps, replyDocx));
  router.get("/assessment.xlsx", exportRoute(deps, assessmentXlsx));

  return router;
}
