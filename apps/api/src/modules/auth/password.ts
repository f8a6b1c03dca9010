// Password hashing with argon2id at OWASP's minimum (m = 19 MiB, t = 2, p = 1), and the password rules.
import argon2 from "argon2";

const OPTIONS = { type: argon2.argon2id, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Verified against when the account does not exist, so both answers take the same time. */
let dummyHash: Promise<string> | undefined;
export function dummyVerify(password: string): Promise<boolean> {
  dummyHash ??= hashPassword("jyta-timing-equaliser-not-a-password");
  return dummyHash.then((h) => verifyPassword(h, password)).then(() => false);
}

export const DEMO_PASSWORD = "Demo@2026";
const COMMON = new Set(["password", "12345678", "123456789", "admin123", "admin@123", "qwerty123", "changeme", DEMO_PASSWORD.toLowerCase()]);

/** Why a password is too weak for an account, or null when it is acceptable. */
export function passwordProblem(password: string, strong = false): string | null {
  const min = strong ? 12 : 8;
  if (password.length < min) return `Password must have at least ${min} characters`;
  if (password.length > 200) return "Password must have at most 200 characters";
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < (strong ? 3 : 2)) return `Password must mix at least ${strong ? 3 : 2} of: lower case, upper case, digits, symbols`;
  if (COMMON.has(password.toLowerCase())) return "Password is too common";
  return null;
}
