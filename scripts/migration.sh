#!/usr/bin/env bash
# Adds an EF Core migration named $1 for both engines, after a change to the model (LibraryDbContext, the runtime's
# WorkflowDbContext): Persistence/Sqlite/Migrations and Persistence/Postgres/Migrations in src/Activities.
# Every schema change is a migration; commit both sets with the change.
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: scripts/migration.sh <MigrationName>}"
dotnet tool restore >/dev/null
dotnet build src/Activities -c Debug --nologo -v quiet -clp:ErrorsOnly
for engine in Sqlite Postgres; do
  dotnet ef migrations add "$name" --no-build --project src/Activities --startup-project src/Activities \
    --context "${engine}LibraryDbContext" --output-dir "Persistence/$engine/Migrations"
done
