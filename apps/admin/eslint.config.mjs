// The shared rules, with browser globals for the console's source (the tests run in Node).
import base from "@jyta/config/eslint";
import globals from "globals";

export default [
  ...base,
  { files: ["src/**/*.{ts,tsx}"], languageOptions: { globals: { ...globals.browser } } },
];
