// The demo's items (DEMO.md): the 2024 session of the seed report, handled and closed, and the current
// sessions with items in every state. Written directly as rows, inside seedDemo's transaction, after
// the reference data; every step is checked against the domain's transition table on the way.
import type { EntityManager } from "typeorm";
import { seedSession2024, seedSupervision2024 } from "./demo-items-2024";
import { DemoBook } from "./demo-items-book";
import { seedCurrentProposals } from "./demo-items-current";
import { seedCurrentMicroSuggestions, seedCurrentSuggestions } from "./demo-items-current-other";
import { loadDemoWorld } from "./demo-items-world";

/** `now` is the moment of seeding: the current sessions' due-soon and overdue items count from it. */
export async function seedDemoItems(em: EntityManager, now: Date): Promise<void> {
  const book = new DemoBook(await loadDemoWorld(em, now));
  seedSupervision2024(book, seedSession2024(book));
  seedCurrentProposals(book);
  seedCurrentSuggestions(book);
  seedCurrentMicroSuggestions(book);
  await book.rows.flush(em);
}
