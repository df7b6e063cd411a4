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
});
