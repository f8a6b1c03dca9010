// Every migration, in order. `npm run migration:generate -w @jyta/api -- <Name>` writes a new file
// here and this list must name it (the drift check fails otherwise).
import type { MigrationInterface } from "typeorm";
import { Initial1795777474695 } from "./1795777474695-Initial";

export const MIGRATIONS: Array<new () => MigrationInterface> = [Initial1795777474695];
