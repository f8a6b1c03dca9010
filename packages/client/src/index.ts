// The typed operations of the console and the API tests: `XxxDocument` constants (TypedDocumentNode)
// plus their result, variable, input and enum types, all generated from apps/api/schema.graphql.
export * from "./generated/graphql";
