// Writes the committed `apps/api/schema.graphql` from the resolvers (`--check` fails on drift instead).
import "reflect-metadata";
import fs from "node:fs";
import { printedSchema, SCHEMA_FILE } from "../graphql/schema";

async function main(): Promise<void> {
  const text = await printedSchema();
  if (process.argv.includes("--check")) {
    const current = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, "utf8") : "";
    if (current !== text) {
      console.error(`${SCHEMA_FILE} is out of date: run \`npm run schema -w @jyta/api\` and commit it.`);
      process.exit(1);
    }
    console.log("schema.graphql is current.");
    return;
  }
  fs.writeFileSync(SCHEMA_FILE, text);
  console.log(`Wrote ${SCHEMA_FILE}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
