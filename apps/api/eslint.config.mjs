export { default } from "@jyta/config/eslint";
