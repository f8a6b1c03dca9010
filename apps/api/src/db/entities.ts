// Every TypeORM entity, listed explicitly (no globs: the same list works from src/, dist/ and Jest).
import { AssemblySession } from "../modules/assembly-session/assembly-session.entity";
import { AssessmentAdjustment } from "../modules/assessment/assessment-adjustment.entity";
import { AssessmentScheme } from "../modules/assessment/assessment-scheme.entity";
import { PublishedAssessment } from "../modules/assessment/published-assessment.entity";
import { PublishedUnitScore } from "../modules/assessment/published-unit-score.entity";
import { Assignment } from "../modules/assignment/assignment.entity";
import { ExtensionRequest } from "../modules/assignment/extension-request.entity";
import { ReturnRequest } from "../modules/assignment/return-request.entity";
import { ApiToken } from "../modules/auth/api-token.entity";
import { LoginSession } from "../modules/auth/login-session.entity";
import { LoginThrottle } from "../modules/auth/login-throttle.entity";
import { Body } from "../modules/body/body.entity";
import { CalendarDay } from "../modules/calendar/calendar-day.entity";
import { Communication } from "../modules/communication/communication.entity";
import { Event } from "../modules/event/event.entity";
import { Feedback } from "../modules/feedback/feedback.entity";
import { FollowUpNote } from "../modules/follow-up/follow-up-note.entity";
import { Member } from "../modules/member/member.entity";
import { Notification } from "../modules/notification/notification.entity";
import { Proposal } from "../modules/proposal/proposal.entity";
import { ProposalNumberCounter } from "../modules/proposal/proposal-number-counter.entity";
import { ProposalProposer } from "../modules/proposal/proposal-proposer.entity";
import { Reply } from "../modules/reply/reply.entity";
import { ReportNarrative } from "../modules/report/report-narrative.entity";
import { RuleSetRow } from "../modules/rule-set/rule-set.entity";
import { SupervisionEvent } from "../modules/supervision/supervision-event.entity";
import { Unit } from "../modules/unit/unit.entity";
import { User } from "../modules/user/user.entity";

export const ENTITIES = [
  Body,
  AssemblySession,
  Member,
  Unit,
  User,
  LoginSession,
  ApiToken,
  LoginThrottle,
  // workflow entities
  Proposal,
  ProposalProposer,
  ProposalNumberCounter,
  Assignment,
  ReturnRequest,
  ExtensionRequest,
  Communication,
  Reply,
  Feedback,
  SupervisionEvent,
  FollowUpNote,
  Event,
  Notification,
  // configuration, assessment and report
  CalendarDay,
  RuleSetRow,
  AssessmentScheme,
  AssessmentAdjustment,
  PublishedAssessment,
  PublishedUnitScore,
  ReportNarrative,
];
