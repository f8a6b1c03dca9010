import { GraphQLError } from "graphql";
import { AppError, formatError } from "./errors";

const resolverError = (original: Error): GraphQLError => new GraphQLError(original.message, { path: ["units"], originalError: original });

describe("formatError", () => {
  it("keeps the code of typed errors", () => {
    const out = formatError({ message: "x" }, resolverError(new AppError("RETURN_WINDOW_CLOSED", "Return window closed")), "req-1");
    expect(out).toMatchObject({ message: "Return window closed", extensions: { code: "RETURN_WINDOW_CLOSED" } });
  });

  it("masks internal errors, keeping only a request id", () => {
    const spy = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
    const out = formatError({ message: "connect ECONNREFUSED 10.0.0.5:5432" }, resolverError(new Error("connect ECONNREFUSED 10.0.0.5:5432")), "req-2");
    spy.mockRestore();
    expect(out.message).toBe("Internal server error (request req-2)");
    expect(out.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR", requestId: "req-2" });
    expect(JSON.stringify(out)).not.toContain("10.0.0.5");
  });
});
