// GraphQL set-up and read-back for the side-flow browser test: find a demo item by its title, add a
// handler to a unit the demo has no login for, and read an item's state after a step the browser took
// (the steps themselves go through the console).
import type { graphqlAs } from "./life-server";

export type GraphQLCall = Awaited<ReturnType<typeof graphqlAs>>;

export interface AssignmentState {
  id: string;
  status: string;
  replyDueOn: string | null;
  originalReplyDueOn: string | null;
  extensionLimitOn: string | null;
  unit: { name: string };
  extensionRequests: { requestedUntil: string; approved: boolean | null }[];
}

export interface ItemState {
  id: string;
  status: string;
  round: number;
  declineReasonCode: string | null;
  declineReason: string | null;
  availableActions: string[];
  mergedInto: { id: string } | null;
  assignments: AssignmentState[];
}

const ITEM_STATE = `query($id: ID!) { proposal(id: $id) {
  id status round declineReasonCode declineReason availableActions mergedInto { id }
  assignments { id status replyDueOn originalReplyDueOn extensionLimitOn unit { name } extensionRequests { requestedUntil approved } }
} }`;

/** The id of the one item with exactly this title (the demo's titles are unique). */
export async function itemIdByTitle(call: GraphQLCall, title: string): Promise<string> {
  const data = await call<{ proposals: { items: { id: string; title: string }[] } }>(
    "query($o: ProposalListOptions) { proposals(options: $o) { items { id title } } }",
    { o: { filter: { search: title } } },
  );
  const found = data.proposals.items.filter((p) => p.title === title);
  if (found.length !== 1) throw new Error(`expected one demo item titled ${title}, found ${found.length}`);
  return found[0]!.id;
}

/** The item as `call`'s viewer sees it (availableActions depend on the viewer). */
export async function itemState(call: GraphQLCall, id: string): Promise<ItemState> {
  const data = await call<{ proposal: ItemState }>(ITEM_STATE, { id });
  return data.proposal;
}

/** A UNIT_HANDLER login for a demo unit (the demo has logins for the housing bureau only). */
export async function createUnitHandler(admin: GraphQLCall, unitName: string, user: { username: string; password: string; displayName: string }): Promise<void> {
  const units = await admin<{ units: { items: { id: string; name: string }[] } }>(
    "query($o: UnitListOptions) { units(options: $o) { items { id name } } }",
    { o: { filter: { search: unitName } } },
  );
  const unit = units.units.items.find((u) => u.name === unitName);
  if (!unit) throw new Error(`the demo has no ${unitName}`);
  await admin("mutation($i: UserInput!) { createUser(input: $i) { id } }", {
    i: { ...user, roles: ["UNIT_HANDLER"], unitId: unit.id },
  });
}

/**
 * The member's own item, submitted, repeating `primaryId` almost word for word (the duplicate the
 * merge hint is for; the demo's own merge candidates score below the hint's threshold). `reader` sees
 * the primary item, which the member may not.
 */
export async function submitNearDuplicate(reader: GraphQLCall, member: GraphQLCall, primaryId: string, title: string): Promise<string> {
  const { proposal } = await reader<{ proposal: { body: string; session: { id: string } } }>("query($id: ID!) { proposal(id: $id) { body session { id } } }", { id: primaryId });
  const { viewer } = await member<{ viewer: { user: { member: { id: string } | null } } }>("{ viewer { user { member { id } } } }");
  if (!viewer.user.member) throw new Error("the member login has no member record");
  const input = { kind: "PROPOSAL", sessionId: proposal.session.id, submitterType: "INDIVIDUAL", proposerIds: [viewer.user.member.id], title, body: `${proposal.body}\n希望尽快推进。` };
  const { submitProposal } = await member<{ submitProposal: { id: string } }>("mutation($i: SubmitProposalInput!) { submitProposal(input: $i) { id } }", { i: input });
  return submitProposal.id;
}
