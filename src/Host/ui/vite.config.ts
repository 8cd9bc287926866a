import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The host serves the build from src/Host/wwwroot; the dev server forwards API calls to a running host.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "../wwwroot",
    emptyOutDir: true,
    // No source maps in the served output: the host ships what the browser runs, nothing more.
    sourcemap: false,
    // One bundle served from the same host, React Flow most of it, then the strings of the three languages; splitting
    // would only add round trips.
    chunkSizeWarningLimit: 900,
  },
  server: {
    proxy: { "/api": "http://127.0.0.1:5080" },
  },
});
