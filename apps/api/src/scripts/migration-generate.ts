// Generates a migration from the difference between the entities and the schema the committed
// migrations build, on a throwaway in-memory PGlite (no server needed).
//   npm run migration:generate -w @jyta/api -- <Name>   writes src/db/migrations/<timestamp>-<Name>.ts
//   npm run migration:check -w @jyta/api                exits 1 if a migration would be generated
import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { checkConstraintDrift, checkDriftStatements } from "../db/check-constraint-drift";
import { createDataSource } from "../db/data-source";

function toClassName(name: string, timestamp: number): string {
  return `${name.replace(/[^A-Za-z0-9]/g, "")}${timestamp}`;
}

function render(className: string, up: string[], down: string[]): string {
  const q = (sql: string): string => "`" + sql.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${") + "`";
  return `import type { MigrationInterface, QueryRunner } from "typeorm";

export class ${className} implements MigrationInterface {
  name = "${className}";

  public async up(queryRunner: QueryRunner): Promise<void> {
${up.map((s) => `    await queryRunner.query(${q(s)});`).join("\n")}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${down.map((s) => `    await queryRunner.query(${q(s)});`).join("\n")}
  }
}
`;
}

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  const name = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? "Migration";
  const { dataSource } = createDataSource({ kind: "pglite" });
  // A second throwaway database built straight from the entities, to compare CHECK definitions.
  const { dataSource: fromEntities } = createDataSource({ kind: "pglite" });
  await Promise.all([dataSource.initialize(), fromEntities.initialize()]);
  try {
    await dataSource.runMigrations({ transaction: "each" });
    await fromEntities.synchronize();
    const sql = await dataSource.driver.createSchemaBuilder().log();
    const checks = checkDriftStatements(await checkConstraintDrift(dataSource, fromEntities));
    const up = [...sql.upQueries.map((q) => q.query), ...checks.up];
    // Undo in reverse: the CHECK replacements were applied last.
    const down = [...checks.down, ...sql.downQueries.map((q) => q.query).reverse()];
    if (up.length === 0) {
      console.log("Schema is up to date with the entities: no migration needed.");
      return;
    }
    if (check) {
      console.error(`Pending schema changes (${up.length} statements) have no migration. Run \`npm run migration:generate -w @jyta/api -- <Name>\`:`);
      for (const s of up) console.error(`  ${s};`);
      process.exitCode = 1;
      return;
    }
    const timestamp = Date.now();
    const className = toClassName(name, timestamp);
    const dir = path.resolve(__dirname, "..", "db", "migrations");
    const file = path.join(dir, `${timestamp}-${name}.ts`);
    fs.writeFileSync(file, render(className, up, down));
    console.log(`Wrote ${path.relative(process.cwd(), file)}; add ${className} to src/db/migrations/index.ts`);
  } finally {
    await Promise.all([dataSource.destroy(), fromEntities.destroy()]);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
