// Which ledger columns the user shows, remembered in localStorage per browser. Unknown keys (a column
// renamed since) are dropped; with nothing stored the defaults apply.
import { useCallback, useState } from "react";

const STORAGE_KEY = "jyta.ledger.columns";

function load(all: readonly string[], defaults: readonly string[]): string[] {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (Array.isArray(parsed)) {
      const kept = parsed.filter((k): k is string => typeof k === "string" && all.includes(k));
      if (kept.length > 0) return kept;
    }
  } catch {
    // Unreadable or disabled storage: the defaults.
  }
  return [...defaults];
}

export function useColumnChoice(all: readonly string[], defaults: readonly string[]) {
  const [visible, setVisible] = useState<string[]>(() => load(all, defaults));
  const choose = useCallback((keys: string[]) => {
    setVisible(keys);
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(keys));
    } catch {
      // Not remembered then; the choice still applies now.
    }
  }, []);
  const restore = useCallback(() => {
    setVisible([...defaults]);
    try {
      window.localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Nothing to forget.
    }
  }, [defaults]);
  return { visible, choose, restore };
}
