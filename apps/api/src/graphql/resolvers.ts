// Every resolver class, listed explicitly.
import type { NonEmptyArray } from "type-graphql";
import { AssemblySessionResolver } from "../modules/assembly-session/assembly-session.resolver";
import { AuthResolver } from "../modules/auth/auth.resolver";
import { BodyResolver } from "../modules/body/body.resolver";
import { MemberResolver } from "../modules/member/member.resolver";
import { UnitResolver } from "../modules/unit/unit.resolver";
import { UserResolver } from "../modules/user/user.resolver";
import { CalendarResolver } from "../modules/calendar/calendar.resolver";
import { NotificationResolver } from "../modules/notification/notification.resolver";
import { RuleSetResolver } from "../modules/rule-set/rule-set.resolver";
import { TasksResolver } from "../modules/tasks/tasks.resolver";
import { EventFieldsResolver } from "../modules/event/event-fields.resolver";
import { ProposalFieldsResolver } from "../modules/proposal/proposal-fields.resolver";
import { ProposalIntakeResolver } from "../modules/proposal/proposal-intake.resolver";
import { ProposalResolver } from "../modules/proposal/proposal.resolver";
import { ProposalStaffResolver } from "../modules/proposal/proposal-staff.resolver";
import { FigureItemResolver, FiguresResolver, UnitFiguresResolver } from "../modules/figures/figures.resolver";
import { AssignmentResolver } from "../modules/assignment/assignment.resolver";
import { AssignmentFieldsResolver } from "../modules/assignment/assignment-fields.resolver";
import { CommunicationResolver } from "../modules/communication/communication.resolver";
import { ReplyResolver } from "../modules/reply/reply.resolver";
import { ReplyFieldsResolver } from "../modules/reply/reply-fields.resolver";
import { FeedbackResolver } from "../modules/feedback/feedback.resolver";
import { ItemOutcomeResolver } from "../modules/feedback/item-outcome.resolver";
import { FollowUpResolver } from "../modules/follow-up/follow-up.resolver";
import { SupervisionResolver } from "../modules/supervision/supervision.resolver";
import { AssessmentResolver } from "../modules/assessment/assessment.resolver";
import { CountedScoreResolver, IndicatorScoreResolver, UnitScoreResolver } from "../modules/assessment/assessment-fields.resolver";
import { ReportResolver } from "../modules/report/report.resolver";

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  AuthResolver,
  BodyResolver,
  AssemblySessionResolver,
  MemberResolver,
  UnitResolver,
  UserResolver,
  RuleSetResolver,
  CalendarResolver,
  NotificationResolver,
  TasksResolver,
  ProposalResolver,
  ProposalFieldsResolver,
  ProposalIntakeResolver,
  ProposalStaffResolver,
  EventFieldsResolver,
  FiguresResolver,
  UnitFiguresResolver,
  FigureItemResolver,
  AssignmentResolver,
  AssignmentFieldsResolver,
  CommunicationResolver,
  ReplyResolver,
  ReplyFieldsResolver,
  FeedbackResolver,
  ItemOutcomeResolver,
  FollowUpResolver,
  SupervisionResolver,
  AssessmentResolver,
  UnitScoreResolver,
  IndicatorScoreResolver,
  CountedScoreResolver,
  ReportResolver,
];
