// The typed errors of the domain. The API maps `DomainError.code` to GraphQL `extensions.code` in one
// place, so every rule refusal reaches callers as a stable, documented code (API.md, DOMAIN.md §2).
import type { LocalizedText } from "./localized-text";

export const ErrorCode = {
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  BAD_USER_INPUT: "BAD_USER_INPUT",
  INVALID_TRANSITION: "INVALID_TRANSITION",
  CONFLICT: "CONFLICT",
  RETURN_WINDOW_CLOSED: "RETURN_WINDOW_CLOSED",
  CO_OPINIONS_MISSING: "CO_OPINIONS_MISSING",
  NO_COMMUNICATION: "NO_COMMUNICATION",
  EXTENSION_TOO_LONG: "EXTENSION_TOO_LONG",
  FEEDBACK_WINDOW_CLOSED: "FEEDBACK_WINDOW_CLOSED",
  ALREADY_RATED: "ALREADY_RATED",
  ASSESSMENT_PUBLISHED: "ASSESSMENT_PUBLISHED",
  INVALID_ASSIGNMENT_PLAN: "INVALID_ASSIGNMENT_PLAN",
  RATE_LIMITED: "RATE_LIMITED",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** The generic, user-facing message per code; a DomainError's own message adds the specifics. */
export const errorMessages: Readonly<Record<ErrorCode, LocalizedText>> = {
  UNAUTHENTICATED: { zh: "请先登录", en: "Please log in" },
  FORBIDDEN: { zh: "无权执行此操作", en: "You are not allowed to do this" },
  NOT_FOUND: { zh: "记录不存在", en: "Not found" },
  BAD_USER_INPUT: { zh: "输入有误", en: "Invalid input" },
  INVALID_TRANSITION: { zh: "当前状态下不能执行此操作", en: "This action is not allowed in the current state" },
  CONFLICT: { zh: "数据已被他人修改，请刷新后重试", en: "The record was changed by someone else; reload and retry" },
  RETURN_WINDOW_CLOSED: { zh: "已超过申请退回期限", en: "The period for requesting a return has ended" },
  CO_OPINIONS_MISSING: { zh: "尚有会办单位未提交会办意见", en: "Co-handling opinions are still missing" },
  NO_COMMUNICATION: { zh: "尚未记录与提出人的沟通", en: "No communication with the proposers has been logged" },
  EXTENSION_TOO_LONG: { zh: "延期超过最长办理期限", en: "The extension goes beyond the maximum handling period" },
  FEEDBACK_WINDOW_CLOSED: { zh: "已超过反馈期限", en: "The feedback period has ended" },
  ALREADY_RATED: { zh: "本轮答复已评价", en: "This reply has already been rated in this round" },
  ASSESSMENT_PUBLISHED: { zh: "考评结果已发布，不能修改", en: "The assessment is published and cannot be changed" },
  INVALID_ASSIGNMENT_PLAN: { zh: "交办方案不符合规则", en: "The assignment plan is not valid" },
  RATE_LIMITED: { zh: "操作过于频繁，请稍后再试", en: "Too many requests; try again later" },
};

export type ErrorDetails = Readonly<Record<string, unknown>>;

/**
 * A refusal by a domain rule. Plain class with no framework ties so the API (CommonJS) and the
 * console (ESM) share it; `name` is set so logs and `instanceof`-free checks (`isDomainError`) work
 * across bundle copies.
 */
export class DomainError extends Error {
  override readonly name = "DomainError";
  readonly code: ErrorCode;
  readonly details: ErrorDetails | undefined;

  constructor(code: ErrorCode, message?: string, details?: ErrorDetails) {
    super(message ?? errorMessages[code].en);
    this.code = code;
    this.details = details;
  }
}

/** True for a DomainError, also one thrown by another copy of this package (duck-typed on name and code). */
export function isDomainError(error: unknown): error is DomainError {
  if (error instanceof DomainError) return true;
  if (typeof error !== "object" || error === null) return false;
  const candidate = error as { name?: unknown; code?: unknown };
  return (
    candidate.name === "DomainError" &&
    typeof candidate.code === "string" &&
    (Object.values(ErrorCode) as string[]).includes(candidate.code)
  );
}
