// One restrained look: a deep government blue, square-ish corners, Chinese system fonts first.
import type { ThemeConfig } from "antd";

export const theme: ThemeConfig = {
  token: {
    colorPrimary: "#1e5bb8",
    borderRadius: 4,
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  },
  components: {
    Layout: { headerBg: "#ffffff", headerPadding: "0 24px", siderBg: "#0f2a4a", triggerBg: "#0b2240" },
    Menu: { darkItemBg: "#0f2a4a", darkSubMenuItemBg: "#0b2240", darkItemSelectedBg: "#1e5bb8" },
    Table: { headerBg: "#f5f7fa" },
  },
};
