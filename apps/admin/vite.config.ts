// The console is a static bundle the API serves at `/`; in `vite dev` the API runs beside it on 4000.
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const api = process.env.API_URL ?? "http://localhost:4000";

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      "/graphql": { target: api, changeOrigin: false },
      "/export": { target: api, changeOrigin: false },
    },
  },
  build: {
    // antd alone is larger than Vite's default warning threshold; pages are split per route anyway.
    chunkSizeWarningLimit: 1200,
    // dist/.vite/manifest.json: which chunks each route loads, for scripts/measure.mjs.
    manifest: true,
  },
});
