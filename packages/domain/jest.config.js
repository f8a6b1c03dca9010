module.exports = { ...require("@jyta/config/jest"), roots: ["<rootDir>/src"] };
