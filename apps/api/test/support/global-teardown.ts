import { Client } from "pg";
import { postgresUrl, TEMPLATE_ENV } from "./databases";

export default async function globalTeardown(): Promise<void> {
  const url = postgresUrl();
  const template = process.env[TEMPLATE_ENV.pgTemplate];
  if (!url || !template) return;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
