// Where to go after login: only a path of this console, never another site (`//evil.example`,
// `https://…`), and never back to the login page itself.
export function safeRedirect(from: string | null, fallback: string): string {
  if (!from || !from.startsWith("/") || from.startsWith("//") || from.startsWith("/\\")) return fallback;
  if (from === "/login" || from.startsWith("/login?")) return fallback;
  return from;
}
