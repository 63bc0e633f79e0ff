import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

// The CLI, its batch worker (loaded from beside the CLI by file name) and the benchmark as ESM
// files for Node; linkedom, zod and pdf.js stay external (installed dependencies).
export default defineConfig({
  build: {
    ssr: true,
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'linkedom', /^zod/, /^pdfjs-dist/],
      input: { 'nianbao-lint': 'src/cli/main.ts', 'batch-worker': 'src/cli/batch-worker.ts', bench: 'test/bench/bench.ts' },
      output: { entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' },
    },
  },
});
