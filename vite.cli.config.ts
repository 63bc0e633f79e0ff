import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

// The CLI as one ESM file for Node; linkedom and zod stay external (installed dependencies).
export default defineConfig({
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'linkedom', /^zod/],
      output: { entryFileNames: 'nianbao-lint.mjs' },
    },
  },
});
