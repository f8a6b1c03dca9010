// Every migration, in order. `npm run migration:generate -w @jyta/api -- <Name>` writes a new file
// here and this list must name it (the drift check fails otherwise).
import type { MigrationInterface } from "typeorm";
import { Initial1795777677997 } from "./1795777677997-Initial";
import { EventAppendOnly1795777677998 } from "./1795777677998-EventAppendOnly";
import { SeedCalendarAndRuleSets1795777677999 } from "./1795777677999-SeedCalendarAndRuleSets";
import { ProposalListIndexes1795783495064 } from "./1795783495064-ProposalListIndexes";
import { TaskGroupIndexes1795790791239 } from "./1795790791239-TaskGroupIndexes";
import { NotificationKindsForHandling1795791915014 } from "./1795791915014-NotificationKindsForHandling";

export const MIGRATIONS: Array<new () => MigrationInterface> = [
  Initial1795777677997,
  EventAppendOnly1795777677998,
  SeedCalendarAndRuleSets1795777677999,
  ProposalListIndexes1795783495064,
  TaskGroupIndexes1795790791239,
  NotificationKindsForHandling1795791915014,
];
