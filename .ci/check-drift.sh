#!/usr/bin/env bash
# Fails when a committed artefact is out of date with the code that generates it:
# apps/api/schema.graphql, packages/client/src/generated, and the migrations.
set -euo pipefail
cd "$(dirname "$0")/.."

npm run schema -w @jyta/api --silent
npm run codegen -w @jyta/client --silent
drift=$(git status --porcelain -- apps/api/schema.graphql packages/client/src/generated)
if [ -n "$drift" ]; then
  echo "Generated files differ from the committed ones (run \`npm run codegen\` and commit):"
  echo "$drift"
  git --no-pager diff --stat -- apps/api/schema.graphql packages/client/src/generated
  exit 1
fi
echo "schema.graphql and the generated client are current."

npm run migration:check -w @jyta/api --silent
