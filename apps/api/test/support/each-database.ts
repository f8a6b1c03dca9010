// Runs a suite once per database kind (PGlite always, PostgreSQL when configured), each on its own
// fresh database and server.
import { databaseKinds, type DatabaseKind } from "./databases";
import { startTestServer, type TestServer } from "./test-server";

export function describeEachDatabase(
  title: string,
  suite: (get: () => TestServer, kind: DatabaseKind) => void,
  options: { demo?: boolean; env?: NodeJS.ProcessEnv } = {},
): void {
  for (const kind of databaseKinds()) {
    describe(`${title} [${kind}]`, () => {
      let server: TestServer | undefined;
      beforeAll(async () => {
        server = await startTestServer(kind, options);
      });
      afterAll(async () => {
        await server?.close();
      });
      suite(() => {
        if (!server) throw new Error("server not started");
        return server;
      }, kind);
    });
  }
}
