import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { build, defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';
import { COMPILE_OPTIONS, PRECOMPILED_FILE } from './src/render/template-options.js';

/**
 * The built-in templates, precompiled into dist/ so that render does not parse and compile them
 * on every run. Each carries the hash of its source: render uses it only for exactly that source.
 */
function precompileTemplates(): void {
  const entries: string[] = [];
  for (const [dir, prefix] of [['templates', ''], ['templates/partials', 'partials/']] as const) {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.hbs')).sort()) {
      const source = readFileSync(join(dir, name), 'utf8');
      const hash = createHash('sha256').update(source).digest('hex');
      const spec = Handlebars.precompile(source, COMPILE_OPTIONS) as string;
      entries.push(`  ${JSON.stringify(prefix + name.slice(0, -4))}: { hash: ${JSON.stringify(hash)}, spec: ${spec} },`);
    }
  }
  writeFileSync(join('dist', PRECOMPILED_FILE), `// Made by the build from templates/: do not edit.\nexport const precompiled = {\n${entries.join('\n')}\n};\n`);
}

/**
 * The `yaml` library as one CommonJS file beside the chunks (dist/yaml-lib.cjs), which
 * src/yaml/lib.ts requires on first use: a run whose files all take the fast path never loads it.
 */
async function bundleYaml(): Promise<void> {
  await build({
    config: false,
    entry: { 'yaml-lib': 'node_modules/yaml/dist/index.js' },
    format: ['cjs'],
    platform: 'node',
    target: 'node20',
    outDir: 'dist',
    outExtension: () => ({ js: '.cjs' }),
    noExternal: ['yaml'],
    splitting: false,
    clean: false,
    dts: false,
    silent: true,
  });
}

/**
 * commander requires child_process when it loads, for executable subcommands, which aipm has none
 * of; loading it (and the ~40 internal modules it pulls in) costs every run, `--version`
 * included, about 3 ms on Node 20.
 * commander gets a stand-in that loads it on first use.
 */
const lazyChildProcessForCommander: Plugin = {
  name: 'lazy-child-process-for-commander',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'aipm-lazy' } : undefined);
    build.onLoad({ filter: /.*/, namespace: 'aipm-lazy' }, () => ({
      loader: 'js',
      contents: "let loaded; module.exports = { spawn: (...args) => (loaded ??= require('node:child_process')).spawn(...args) };",
    }));
  },
};

/** Each command (and the CLI's error printer) is an entry of its own, under a name the CLI can import. */
const COMMANDS = readdirSync('src/commands').filter((n) => n.endsWith('.ts') && n !== 'shared.ts').map((n) => n.slice(0, -3));
const commandEntries = Object.fromEntries(COMMANDS.map((name) => [`command-${name}`, `src/commands/${name}.ts`]));

/**
 * The CLI itself as CommonJS (dist/cli.cjs): `--help` and `--version` then never start Node's ES
 * module loader (about 10 ms on Node 20). Its actions import the commands' ES module entries,
 * `./commands/<name>.js` in the source becoming `./command-<name>.js` beside it.
 */
async function bundleCli(): Promise<void> {
  const commandImports: Plugin = {
    name: 'aipm-command-imports',
    setup(build) {
      build.onResolve({ filter: /^\.\/(commands\/[\w-]+|cli-errors)\.js$/ }, (args) => ({
        path: args.path.replace('./commands/', './command-'),
        external: true,
      }));
    },
  };
  await build({
    config: false,
    entry: { cli: 'src/cli.ts' },
    format: ['cjs'],
    platform: 'node',
    target: 'node20',
    outDir: 'dist',
    outExtension: () => ({ js: '.cjs' }),
    noExternal: ['commander'],
    esbuildPlugins: [commandImports, lazyChildProcessForCommander],
    removeNodeProtocol: false,
    splitting: false,
    clean: false,
    dts: false,
    silent: true,
  });
}

export default defineConfig({
  entry: { index: 'src/index.ts', 'cli-errors': 'src/cli-errors.ts', ...commandEntries },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  splitting: true,
  dts: { entry: { index: 'src/index.ts' } },
  clean: true,
  sourcemap: false,
  // Start-up: resolving and compiling many small module files of these costs more than reading
  // them from aipm's own chunks. Handlebars lands in the chunks only render loads; yaml is a file
  // of its own (bundleYaml); the prompts and the language server library stay external (each
  // loaded by the one command that needs it).
  noExternal: ['zod', 'commander', 'chalk', 'handlebars'],
  esbuildPlugins: [lazyChildProcessForCommander],
  // Keep `node:` in imports (Node 20 knows it), so that the plugin above sees commander's.
  removeNodeProtocol: false,
  onSuccess: async () => {
    precompileTemplates();
    await bundleYaml();
    await bundleCli();
  },
  // Bundled CommonJS code (commander, handlebars) may call require: give it one.
  banner: { js: "import { createRequire as __aipmCreateRequire } from 'node:module'; const require = __aipmCreateRequire(import.meta.url);" },
});
