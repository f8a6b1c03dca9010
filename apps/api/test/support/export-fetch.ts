// Downloads from /export as a browser (session cookie) or another app (Bearer token) would, and
// readers for what comes back: xlsx rows through exceljs, docx text from word/document.xml.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { DEMO_PASSWORD, TEST_ADMIN_PASSWORD, type TestServer } from "./test-server";

export interface Downloader {
  get(path: string): Promise<Response>;
}

/** Logs in over /graphql and keeps the session cookie for the downloads. */
export async function downloaderFor(server: TestServer, username: string): Promise<Downloader> {
  const password = username === "admin" ? TEST_ADMIN_PASSWORD : DEMO_PASSWORD;
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { user { id } } }`, variables: { u: username, p: password } }),
  });
  const cookie = response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  if (!cookie) throw new Error(`login of ${username} set no cookie`);
  return { get: (path) => fetch(`${server.url}${path}`, { headers: { cookie } }) };
}

export function bearerDownloader(server: TestServer, secret: string): Downloader {
  return { get: (path) => fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${secret}` } }) };
}

export const anonymous = (server: TestServer): Downloader => ({ get: (path) => fetch(`${server.url}${path}`) });

/** The name offered in Content-Disposition's filename* (RFC 5987, UTF-8). */
export function offeredFileName(response: Response): string | null {
  const header = response.headers.get("content-disposition") ?? "";
  const m = /filename\*=UTF-8''([^;]+)/.exec(header);
  return m ? decodeURIComponent(m[1]!) : null;
}

export async function readWorkbook(response: Response): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return workbook;
}

/** A sheet's rows as arrays of cell values (1-based columns → 0-based array). */
export function sheetRows(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => {
    const values = row.values as unknown[];
    rows.push(Array.from({ length: sheet.columnCount }, (_, i) => values[i + 1] ?? null));
  });
  return rows;
}

/** The paragraphs of a .docx (word/document.xml), each as its plain text. */
export async function docxParagraphs(bytes: ArrayBuffer): Promise<string[]> {
  const xml = await docxXml(bytes);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
      .map((t) => (t[1] === undefined ? "\t" : t[1]))
      .join("")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&"),
  );
}

/** The raw document.xml, for layout checks (fonts, alignment). */
export async function docxXml(bytes: ArrayBuffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file("word/document.xml")!.async("string");
}
