// Chart colours: antd's blue first (the console's primary), then distinct, print-safe hues.
export const CHART_COLORS = ["#1e5bb8", "#52a35b", "#f0a020", "#d9534f", "#7b61c9", "#2aa7b8", "#a0703c", "#8c8c8c"] as const;

export const GOOD = "#52a35b";
export const WARN = "#f0a020";
export const BAD = "#d9534f";
