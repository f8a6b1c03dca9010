// Holds the language choice and keeps antd, dayjs and <html lang> in step with it.
import { ConfigProvider, type ConfigProviderProps } from "antd";
import enUS from "antd/locale/en_US";
import antdZhCN from "antd/locale/zh_CN";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { I18nContext, type I18nValue } from "./context";
import { dictionaries, loadLocale, saveLocale, type Locale } from "./locales";
import { theme } from "../app/theme";

type AntdLocale = NonNullable<ConfigProviderProps["locale"]>;
const antdLocales: Record<Locale, AntdLocale> = { "zh-CN": antdZhCN, en: enUS };
const dayjsLocales: Record<Locale, string> = { "zh-CN": "zh-cn", en: "en" };

// Set before the first render so the first dates drawn are already in the right language.
const initialLocale = loadLocale();
dayjs.locale(dayjsLocales[initialLocale]);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);

  const setLocale = useCallback((next: Locale) => {
    dayjs.locale(dayjsLocales[next]);
    saveLocale(next);
    setLocaleState(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = dictionaries[locale].app.name;
  }, [locale]);

  const value = useMemo<I18nValue>(() => ({ locale, t: dictionaries[locale], setLocale }), [locale, setLocale]);

  return (
    <I18nContext.Provider value={value}>
      <ConfigProvider locale={antdLocales[locale]} theme={theme}>
        {children}
      </ConfigProvider>
    </I18nContext.Provider>
  );
}
