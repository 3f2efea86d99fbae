import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { dubaoBundle } from './src/pipeline/vite-plugin.ts';
import { dubaoPrerender } from './src/prerender/plugin.ts';

// DUBAO_SEEDS points the build at another seeds folder (the e2e build adds pages from e2e/seeds/).
export default defineConfig({
  plugins: [react(), tailwindcss(), dubaoBundle({ seedsDir: process.env.DUBAO_SEEDS ?? 'seeds' }), dubaoPrerender({ entry: 'src/app/ssr-entry.tsx' })],
  build: { target: 'es2022' },
  preview: { port: 4173, strictPort: true },
});
