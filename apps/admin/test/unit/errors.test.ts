import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import { describeProblem, toProblem } from "../../src/app/errors";
import { en } from "../../src/i18n/en";
import { zhCN } from "../../src/i18n/zh-CN";

const graphQLError = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message: "internal detail: SELECT …", extensions }] });

describe("toProblem", () => {
  it("reads the code, the request id and per-field messages", () => {
    const problem = toProblem(graphQLError({ code: "BAD_USER_INPUT", fields: { "input.name": ["too long"], phone: "bad" } }));
    expect(problem).toEqual({ code: "BAD_USER_INPUT", fields: { name: ["too long"], phone: ["bad"] }, requestId: undefined });
  });

  it("shows a translated sentence, never the server's message", () => {
    const problem = toProblem(graphQLError({ code: "INTERNAL_SERVER_ERROR", requestId: "req-42" }));
    expect(describeProblem(problem, zhCN)).toBe("服务器内部错误，请稍后重试（请求编号：req-42）");
    expect(describeProblem(problem, en)).toBe("Internal server error. Please try again later (request ID: req-42)");
    expect(describeProblem(problem, zhCN)).not.toContain("SELECT");
  });

  it("treats unknown codes as unknown, and a failed fetch as the network", () => {
    expect(toProblem(graphQLError({ code: "SOMETHING_NEW" })).code).toBe("UNKNOWN");
    expect(toProblem(new TypeError("Failed to fetch")).code).toBe("NETWORK");
  });

  it("reads a plain HTTP error's body, else its status", () => {
    const body = JSON.stringify({ errors: [{ message: "slow down", extensions: { code: "RATE_LIMITED" } }] });
    expect(toProblem(new ServerError("429", { response: new Response(body, { status: 429 }), bodyText: body })).code).toBe("RATE_LIMITED");
    expect(toProblem(new ServerError("502", { response: new Response("Bad gateway", { status: 502 }), bodyText: "Bad gateway" })).code).toBe(
      "INTERNAL_SERVER_ERROR",
    );
  });
});
