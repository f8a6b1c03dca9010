// API tokens in English (see apiTokens.zh-CN.ts).
import type { apiTokensZhCN } from "./apiTokens.zh-CN";

export const apiTokensEn: typeof apiTokensZhCN = {
  title: "API tokens",
  description: "Tokens that let other government apps read this platform's data.",
  scopeNote: "Tokens can read only, never act on items; revoke a token once it is no longer used.",
  create: "New token",
  createTitle: "New API token",
  createdTitle: "Token created",
  name: "Name",
  nameHelp: "The app that will use it, e.g. the district data-sharing platform",
  prefix: "Prefix",
  createdAt: "Created",
  lastUsedAt: "Last used",
  neverUsed: "Never",
  active: "Active",
  revokedAt: (at: string) => `Revoked ${at}`,
  revoke: "Revoke",
  revoked: (name: string) => `“${name}” revoked`,
  confirmRevoke: (name: string) => `Revoke “${name}”? Apps using it lose access at once.`,
  onceWarning: "Copy this token now and keep it safe. It cannot be shown again once this window is closed.",
  copy: "Copy token",
  copied: "Copied",
  usage: "Send it as the request header Authorization: Bearer <token>",
  done: "I saved it, close",
  empty: "No tokens yet",
};
