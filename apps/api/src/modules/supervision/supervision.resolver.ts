import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { Allow } from "../../graphql/access";
import type { RequestContext } from "../../graphql/context";
import { Event } from "../event/event.entity";
import { SupervisionEvent } from "./supervision-event.entity";
import { SupervisionInput } from "./supervision.inputs";
import { recordSupervision, remind } from "./supervision.service";

@Resolver(() => SupervisionEvent)
export class SupervisionResolver {
  @Mutation(() => Event, { description: "催办 an open assignment: counted, recorded and notified to the unit" })
  @Allow("remind")
  remind(
    @Ctx() ctx: RequestContext,
    @Arg("assignmentId", () => ID) assignmentId: string,
    @Arg("note", () => String, { nullable: true }) note?: string | null,
  ): Promise<Event> {
    return remind(ctx, assignmentId, note);
  }

  @Mutation(() => SupervisionEvent, { description: "Records an inspection, spot check, re-check, meeting or leader instruction" })
  @Allow("recordSupervision")
  recordSupervision(
    @Ctx() ctx: RequestContext,
    @Arg("proposalId", () => ID) proposalId: string,
    @Arg("input", () => SupervisionInput) input: SupervisionInput,
  ): Promise<SupervisionEvent> {
    return recordSupervision(ctx, proposalId, input);
  }
}
