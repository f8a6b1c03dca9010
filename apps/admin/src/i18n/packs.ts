// Everything one language needs: the console's dictionary, antd's component texts and the dayjs
// locale name. Chinese (the default) is bundled with the first page; English is its own chunk,
// fetched the first time it is chosen (or at start-up when it was the saved choice).
import type { ConfigProviderProps } from "antd";
import antdZhCN from "antd/es/locale/zh_CN";
import "dayjs/locale/zh-cn";
import type { Locale } from "./locales";
import { zhCN, type Messages } from "./zh-CN";

export interface LocalePack {
  messages: Messages;
  antd: NonNullable<ConfigProviderProps["locale"]>;
  /** The dayjs locale, registered by the pack's module. */
  dayjs: string;
}

export const zhCNPack: LocalePack = { messages: zhCN, antd: antdZhCN, dayjs: "zh-cn" };

const loaders: Record<Locale, () => Promise<LocalePack>> = {
  "zh-CN": () => Promise.resolve(zhCNPack),
  en: () => import("./en.pack").then((m) => m.enPack),
};

const loaded = new Map<Locale, LocalePack>([["zh-CN", zhCNPack]]);

/** The pack if it has been fetched already, so a switch back needs no round trip. */
export function loadedPack(locale: Locale): LocalePack | undefined {
  return loaded.get(locale);
}

export async function loadPack(locale: Locale): Promise<LocalePack> {
  const pack = loaded.get(locale) ?? (await loaders[locale]());
  loaded.set(locale, pack);
  return pack;
}
