// Every root field declares who may call it: @Public() or @Allow(op) with exactly the roles of the
// permission matrix in @jyta/domain. A new field without a declaration fails here.
import "reflect-metadata";
import { OPERATION_RULES, isOperationName } from "@jyta/domain";
import { getMetadataStorage } from "type-graphql";
import { isPublicField } from "../src/graphql/access";
import { getSchema } from "../src/graphql/schema";

describe("access declarations", () => {
  it("covers every query and mutation", async () => {
    const schema = await getSchema();
    const storage = getMetadataStorage();
    const problems: string[] = [];
    for (const [typeName, type] of [["Query", schema.getQueryType()], ["Mutation", schema.getMutationType()]] as const) {
      for (const fieldName of Object.keys(type!.getFields())) {
        const resolver = (typeName === "Query" ? storage.queries : storage.mutations).find((q) => q.schemaName === fieldName);
        if (!resolver) {
          problems.push(`${typeName}.${fieldName}: no resolver metadata`);
          continue;
        }
        const className = resolver.target.name;
        const authorized = storage.authorizedFields.find((a) => a.target === resolver.target && a.fieldName === resolver.methodName);
        const isPublic = isPublicField(className, resolver.methodName);
        if (!isOperationName(fieldName)) {
          problems.push(`${typeName}.${fieldName}: missing from the permission matrix`);
          continue;
        }
        const rule = OPERATION_RULES[fieldName];
        if (rule.public !== isPublic) problems.push(`${typeName}.${fieldName}: public in matrix=${rule.public}, @Public=${isPublic}`);
        if (!rule.public) {
          if (!authorized) problems.push(`${typeName}.${fieldName}: no @Allow/@Authorized`);
          else if ([...authorized.roles].sort().join() !== Object.keys(rule.access).sort().join()) {
            problems.push(`${typeName}.${fieldName}: roles ${authorized.roles.join()} differ from the matrix`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
