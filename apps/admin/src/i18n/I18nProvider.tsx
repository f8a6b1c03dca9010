// Holds the language choice and keeps antd, dayjs and <html lang> in step with it. A language other
// than the default is fetched when chosen; the switch happens once it has arrived.
import { ConfigProvider } from "antd";
import dayjs from "dayjs";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { I18nContext, type I18nValue } from "./context";
import { DEFAULT_LOCALE, loadLocale, saveLocale, type Locale } from "./locales";
import { loadedPack, loadPack, zhCNPack, type LocalePack } from "./packs";
import { theme } from "../app/theme";

interface Current {
  locale: Locale;
  pack: LocalePack;
}

// The saved choice. When its pack is not bundled (English), nothing renders until it has arrived, so
// the first page is never drawn in the wrong language.
const initialLocale = loadLocale();
const initialPack = loadedPack(initialLocale);
if (initialPack) dayjs.locale(initialPack.dayjs);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState<Current | null>(initialPack ? { locale: initialLocale, pack: initialPack } : null);
  // The latest choice wins when the user switches again while a language is still loading.
  const wanted = useRef<Locale>(initialLocale);

  const apply = useCallback((locale: Locale, pack: LocalePack) => {
    if (wanted.current !== locale) return;
    dayjs.locale(pack.dayjs);
    setCurrent({ locale, pack });
  }, []);

  const setLocale = useCallback(
    (next: Locale) => {
      wanted.current = next;
      saveLocale(next);
      const pack = loadedPack(next);
      if (pack) {
        apply(next, pack);
        return;
      }
      loadPack(next).then(
        (loaded) => apply(next, loaded),
        // Offline or a stale deployment: stay in the current language (the choice is still saved).
        (error: unknown) => console.warn(`could not load the ${next} texts`, error),
      );
    },
    [apply],
  );

  useEffect(() => {
    if (initialPack) return;
    loadPack(initialLocale).then(
      (pack) => apply(initialLocale, pack),
      (error: unknown) => {
        // Show the default language this time rather than nothing; the saved choice stays.
        console.warn(`could not load the ${initialLocale} texts`, error);
        wanted.current = DEFAULT_LOCALE;
        apply(DEFAULT_LOCALE, zhCNPack);
      },
    );
  }, [apply]);

  useEffect(() => {
    if (!current) return;
    document.documentElement.lang = current.locale;
    document.title = current.pack.messages.app.name;
  }, [current]);

  const value = useMemo<I18nValue | null>(
    () => (current ? { locale: current.locale, t: current.pack.messages, setLocale } : null),
    [current, setLocale],
  );

  if (!current || !value) return null;
  return (
    <I18nContext.Provider value={value}>
      <ConfigProvider locale={current.pack.antd} theme={theme}>
        {children}
      </ConfigProvider>
    </I18nContext.Provider>
  );
}
