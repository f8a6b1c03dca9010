// One restrained look: a deep government blue, square-ish corners, Chinese system fonts first.
import type { ThemeConfig } from "antd";

export const theme: ThemeConfig = {
  token: {
    colorPrimary: "#1e5bb8",
    borderRadius: 4,
    // antd's default secondary, placeholder and description greys are below WCAG AA contrast (4.5:1)
    // on white; these keep the hierarchy and pass (axe-core, test/a11y.e2e.test.ts).
    colorTextSecondary: "rgba(0, 0, 0, 0.65)",
    colorTextTertiary: "rgba(0, 0, 0, 0.6)",
    colorTextDescription: "rgba(0, 0, 0, 0.6)",
    colorTextPlaceholder: "rgba(0, 0, 0, 0.55)",
    // Links (link buttons in tables) and danger actions likewise: the brand blue and a deeper red.
    colorLink: "#1e5bb8",
    colorLinkHover: "#2f6fd0",
    colorLinkActive: "#174a96",
    colorError: "#cf1322",
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  },
  components: {
    Layout: { headerBg: "#ffffff", headerPadding: "0 24px", siderBg: "#0f2a4a", triggerBg: "#0b2240" },
    Menu: { darkItemBg: "#0f2a4a", darkSubMenuItemBg: "#0b2240", darkItemSelectedBg: "#1e5bb8" },
    Table: { headerBg: "#f5f7fa" },
  },
};
