import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { dubaoBundle } from './src/pipeline/vite-plugin.ts';

export default defineConfig({
  plugins: [react(), tailwindcss(), dubaoBundle({ seedsDir: 'seeds' })],
  build: { target: 'es2022' },
  preview: { port: 4173, strictPort: true },
});
