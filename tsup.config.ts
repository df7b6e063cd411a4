import { defineConfig } from 'tsup';

// Two entries: the CLI (whose commands are split into chunks loaded on demand, so `--help`
// never loads zod or yaml) and the library entry other tools import.
export default defineConfig({
  entry: { cli: 'src/cli.ts', index: 'src/index.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  splitting: true,
  dts: { entry: { index: 'src/index.ts' } },
  clean: true,
  sourcemap: false,
  // Start-up: resolving and compiling many small module files of these costs more than reading
  // them from aipm's own chunks. Handlebars lands in the chunks only render loads; the prompts
  // and the language server library stay external (each loaded by the one command that needs it).
  noExternal: ['zod', 'yaml', 'commander', 'chalk', 'handlebars'],
  // Bundled CommonJS code (commander, handlebars) may call require: give it one.
  banner: { js: "import { createRequire as __aipmCreateRequire } from 'node:module'; const require = __aipmCreateRequire(import.meta.url);" },
});
