import { InputType } from "type-graphql";
import { ListOptionsBase } from "../../graphql/list";

@InputType()
export class AssessmentItemsOptions extends ListOptionsBase {}
