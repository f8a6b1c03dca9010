// The API's password rule for accounts an administrator creates (apps/api …/auth/password.ts):
// 8–200 characters mixing at least two of lower case, upper case, digits and symbols. Checked here
// too so the form says so before the round trip; the server stays the judge.
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 200;

export function passwordClasses(password: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
}

export function passwordAcceptable(password: string): boolean {
  return password.length >= PASSWORD_MIN && password.length <= PASSWORD_MAX && passwordClasses(password) >= 2;
}
