// The English pack, a chunk of its own (see packs.ts). dayjs speaks English without a locale file.
import antdEnUS from "antd/es/locale/en_US";
import { en } from "./en";
import type { LocalePack } from "./packs";

export const enPack: LocalePack = { messages: en, antd: antdEnUS, dayjs: "en" };
