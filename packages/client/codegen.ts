// Typed GraphQL documents for the console and the API tests, generated from the committed schema file
// (never a running server: codegen must work offline and in CI, STYLE.md "What we avoid").
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "../../apps/api/schema.graphql",
  documents: ["src/documents/**/*.graphql"],
  ignoreNoDocuments: false,
  generates: {
    "src/generated/": {
      preset: "client",
      presetConfig: {
        // Plain operations, no fragments to unmask: keeps the output a small importable module.
        fragmentMasking: false,
      },
      config: {
        // String unions instead of TS `enum`s: erasable, so the output works under isolatedModules
        // and any bundler, and enum values compare with plain string literals.
        enumType: "string-literal",
        enumsAsTypes: true,
        useTypeImports: true,
        // Date is `YYYY-MM-DD`, DateTime ISO-8601: both travel as strings (API.md conventions).
        scalars: { Date: "string", DateTime: "string" },
        strictScalars: true,
        // Shapes describe the wire, without __typename noise in test assertions.
        skipTypename: true,
      },
    },
  },
};

export default config;
