// Notification kinds for handling notices that the NotificationKind list of @jyta/domain has no
// value for yet. Adding a value changes the notification table's CHECK (a migration) and the client's
// enum, so until that is done the nearest existing kind is used, and only here: the titles carry the
// exact meaning. Replace with CO_OPINION_SENT / REPLY_RETURNED once the enum has them.
import { NotificationKind } from "@jyta/domain";

export const HANDLING_NOTICE = {
  /** A CO unit's opinion reached the LEAD unit: new material for the LEAD's assignment. */
  coOpinionSent: NotificationKind.ASSIGNED,
  /** The office sent a reply back for rework (退改): the unit's reply needs work before sign-off. */
  replyReturnedForRework: NotificationKind.REPLY_AWAITING_SIGNOFF,
} as const;
