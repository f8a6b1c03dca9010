// The tables the generator fills, with the columns it writes, in foreign-key order (flushAll writes
// parents before children).
import type { Client } from "pg";
import { BulkTable, cols } from "../lib/bulk-insert";

export function benchTables() {
  return {
    proposal: new BulkTable("proposal", cols(
      "id:uuid", "kind:text", "session_id:uuid", "number:int", "title:text", "body:text", "category:text", "submitter_type:text",
      "status:text", "round:int", "is_key:boolean", "is_number_one:boolean", "supervising_leader:text", "submitted_at:timestamptz",
      "registered_at:timestamptz", "decline_reason_code:text", "decline_reason:text", "merged_into_id:uuid", "closed_at:timestamptz",
      "close_reason:text", "created_by_id:uuid", "created_at:timestamptz", "updated_at:timestamptz",
    )),
    proposer: new BulkTable("proposal_proposer", cols("proposal_id:uuid", "member_id:uuid", "position:int")),
    counter: new BulkTable("proposal_number_counter", cols("session_id:uuid", "kind:text", "last_number:int")),
    assignment: new BulkTable("assignment", cols(
      "id:uuid", "proposal_id:uuid", "unit_id:uuid", "role:text", "share:int", "status:text", "assigned_at:timestamptz", "assigned_on:date",
      "received_at:timestamptz", "return_window_ends_on:date", "co_opinion_due_on:date", "reply_due_on:date", "original_reply_due_on:date",
      "extension_limit_on:date", "co_opinion:text", "co_opinion_sent_at:timestamptz", "co_opinion_waived_at:timestamptz",
      "co_opinion_waiver_reason:text", "voided_at:timestamptz", "reminder_count:int", "assigned_by_id:uuid", "created_at:timestamptz",
    )),
    returnRequest: new BulkTable("return_request", cols(
      "id:uuid", "assignment_id:uuid", "reason:text", "requested_at:timestamptz", "requested_by_id:uuid", "decided_at:timestamptz",
      "decided_by_id:uuid", "approved:boolean",
    )),
    extensionRequest: new BulkTable("extension_request", cols(
      "id:uuid", "assignment_id:uuid", "reason:text", "requested_until:date", "requested_at:timestamptz", "requested_by_id:uuid",
      "decided_at:timestamptz", "decided_by_id:uuid", "approved:boolean",
    )),
    communication: new BulkTable("communication", cols(
      "id:uuid", "assignment_id:uuid", "method:text", "stage:text", "occurred_on:date", "summary:text", "created_by_id:uuid", "created_at:timestamptz",
    )),
    reply: new BulkTable("reply", cols(
      "id:uuid", "proposal_id:uuid", "assignment_id:uuid", "unit_id:uuid", "round:int", "category:text", "content:text", "document_number:text",
      "signer:text", "contact_name:text", "status:text", "submitted_at:timestamptz", "signed_off_at:timestamptz", "quality_score:int",
      "sent_at:timestamptz", "created_by_id:uuid", "created_at:timestamptz",
    )),
    feedback: new BulkTable("feedback", cols(
      "id:uuid", "reply_id:uuid", "proposal_id:uuid", "member_id:uuid", "round:int", "communicated:boolean", "attitude:text", "result:text", "given_at:timestamptz",
    )),
    event: new BulkTable("event", cols(
      "id:uuid", "at:timestamptz", "actor_id:uuid", "proposal_id:uuid", "entity_type:text", "entity_id:text", "action:text", "before:jsonb", "after:jsonb",
    )),
  };
}

export type BenchTables = ReturnType<typeof benchTables>;

/** Writes every buffered row, parents first. */
export async function flushAll(client: Client, tables: BenchTables): Promise<void> {
  for (const table of Object.values(tables)) await table.flush(client);
}
