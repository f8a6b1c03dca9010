// A minimal keep-alive HTTP/1.1 client for POSTing JSON on loopback (node:http with a keep-alive
// agent: lighter per request than fetch, so on a 2-core machine more CPU is left to the server).
import http from "node:http";

const REQUEST_TIMEOUT_MS = 30_000;

export interface Sample {
  ok: boolean;
  ms: number;
  status: number;
  /** The x-sql-count response header, when the server sends it. */
  sqlCount: number | null;
  error?: string;
}

export class HttpClient {
  private readonly agent: http.Agent;
  private readonly url: URL;

  constructor(
    url: string,
    maxSockets: number,
    private readonly headers: Record<string, string> = {},
  ) {
    this.url = new URL(url);
    this.agent = new http.Agent({ keepAlive: true, maxSockets });
  }

  /** POSTs `body`; a response with GraphQL `errors` counts as failed (the first message is kept). */
  post(body: string): Promise<Sample & { text: string }> {
    const started = process.hrtime.bigint();
    return new Promise((resolve) => {
      const req = http.request(
        { host: this.url.hostname, port: this.url.port, path: this.url.pathname, method: "POST", agent: this.agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...this.headers } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            const ms = Number(process.hrtime.bigint() - started) / 1e6;
            const header = res.headers["x-sql-count"];
            const failed = res.statusCode !== 200 || text.startsWith('{"errors"') || text.includes('"errors":[');
            resolve({ ok: !failed, ms, status: res.statusCode ?? 0, sqlCount: typeof header === "string" ? Number(header) : null, text, ...(failed ? { error: errorMessage(text) } : {}) });
          });
        },
      );
      // A bounded run must end: a request that takes longer than this counts as failed.
      req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS / 1000} s`)));
      req.on("error", (e) => resolve({ ok: false, ms: Number(process.hrtime.bigint() - started) / 1e6, status: 0, sqlCount: null, text: "", error: e.message }));
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

function errorMessage(text: string): string {
  try {
    const parsed = JSON.parse(text) as { errors?: Array<{ message?: string }> };
    return parsed.errors?.[0]?.message ?? text.slice(0, 200);
  } catch {
    return text.slice(0, 200);
  }
}

/** Logs in through the GraphQL `login` mutation and returns the session cookie. */
export async function login(graphqlUrl: string, username: string, password: string): Promise<string> {
  const response = await fetch(graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { user { id } } }`, variables: { u: username, p: password } }),
  });
  const cookie = response.headers.getSetCookie().map((c) => c.split(";")[0]!).find((c) => c.includes("=") && !c.endsWith("="));
  if (!response.ok || !cookie) throw new Error(`Login as ${username} failed: ${response.status} ${await response.text()}`);
  return cookie;
}
