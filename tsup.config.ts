import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { build, defineConfig, type Options } from 'tsup';
import type { BuildOptions, Plugin } from 'esbuild';
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
  writeFileSync(join('dist', PRECOMPILED_FILE), `// Made by the build from templates/: do not edit.\nexports.precompiled = {\n${entries.join('\n')}\n};\n`);
}

/**
 * A bundled package's modules are named by their path (`node_modules/yaml/dist/…`): through a
 * linked node_modules (a git worktree's) esbuild would follow the link and name them
 * `../../main/node_modules/…`, and dist/ would differ from CI's build. Paths as they are seen.
 */
function samePathsEverywhere(options: BuildOptions): void {
  options.preserveSymlinks = true;
}

/** What every CommonJS file of dist/ is built with: each entry one self-contained `.cjs` file. */
const COMMONJS_FILES = {
  config: false,
  format: ['cjs'],
  platform: 'node',
  target: 'node20',
  outDir: 'dist',
  outExtension: () => ({ js: '.cjs' }),
  splitting: false,
  clean: false,
  dts: false,
  silent: true,
  // Whitespace and syntax only: the committed dist/ is 17% smaller (7.9 → 6.6 MB), start-up is the
  // same, and names stay as in the sources, so a stack trace from a bug report still reads.
  minifyWhitespace: true,
  minifySyntax: true,
  esbuildOptions: samePathsEverywhere,
} satisfies Options;

/** A library bundled into one CommonJS file of dist/, which aipm requires on first use. */
async function bundleLibrary(name: string, entry: string, packageName: string): Promise<void> {
  await build({ ...COMMONJS_FILES, entry: { [name]: entry }, noExternal: [packageName] });
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

/**
 * The CLI's imports of `./commands/<name>.js` and `./cli-errors.js` become requires of their files
 * beside it, and so does a command's dynamic import of another command (`aipm pre-commit` runs
 * validate or render): no command file repeats another.
 */
const commandImports: Plugin = {
  name: 'aipm-command-imports',
  setup(build) {
    build.onResolve({ filter: /^\.\/(commands\/[\w-]+|cli-errors)\.js$/ }, (args) =>
      args.importer.endsWith(join('src', 'cli.ts')) ? { path: args.path.replace('./commands/', './command-').replace(/\.js$/, '.cjs'), external: true } : undefined);
    build.onResolve({ filter: /^\.\/[\w-]+\.js$/ }, (args) => {
      const name = args.path.slice(2, -3);
      const fromCommand = args.importer.includes(join('src', 'commands', ''));
      return fromCommand && args.kind === 'dynamic-import' && COMMANDS.includes(name) ? { path: `./command-${name}.cjs`, external: true } : undefined;
    });
  },
};

/**
 * This build, told apart from a build of other sources (even of the same version): caches written by
 * another are not read. scripts/build.mjs passes the hash of everything the build reads, so the same
 * sources build the same dist/ byte for byte (CI rebuilds and compares it with the committed one);
 * tsup run by hand gets an id of its own.
 */
const BUILD_ID = process.env.AIPM_BUILD_INPUTS?.slice(0, 16) ?? `unstamped-${Date.now().toString(36)}-${createHash('sha256').update(String(Math.random())).digest('hex').slice(0, 8)}`;

const COMMANDS = readdirSync('src/commands').filter((n) => n.endsWith('.ts') && n !== 'shared.ts').map((n) => n.slice(0, -3));

/**
 * The CLI and each command as one CommonJS file: dist/cli.cjs (commander and the wiring) and
 * dist/command-<name>.cjs (a command with everything it loads; the CLI requires it when the
 * command runs), plus dist/cli-errors.cjs. CommonJS because on Node 20 starting the ES module
 * loader and linking a graph of chunks costs about 20 ms of a small run; one file a command
 * because a command then compiles only its own code. Shared code is repeated across these files.
 */
async function bundleCommands(): Promise<void> {
  await build({
    ...COMMONJS_FILES,
    entry: {
      cli: 'src/cli.ts',
      'cli-errors': 'src/cli-errors.ts',
      action: 'src/action.ts',
      ...Object.fromEntries(COMMANDS.map((name) => [`command-${name}`, `src/commands/${name}.ts`])),
    },
    noExternal: ['zod', 'commander', 'chalk'],
    esbuildPlugins: [commandImports, lazyChildProcessForCommander],
    // A dynamic import becomes a require: the prompts and the language server library have
    // CommonJS builds, and nothing else a command imports is an ES module.
    esbuildOptions(options) {
      samePathsEverywhere(options);
      options.supported = { ...options.supported, 'dynamic-import': false };
    },
    // import.meta.url, which finds files beside the code, from __filename (strict mode, as the
    // ES modules were, is declared first: a directive after this line would not be one).
    banner: { js: "'use strict'; const __aipmImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__aipmImportMetaUrl', AIPM_BUILD: JSON.stringify(BUILD_ID) },
    removeNodeProtocol: false,
  });
}

// The library entry other tools import (an ES module); the build steps above make the rest.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  splitting: true,
  dts: { entry: { index: 'src/index.ts' } },
  clean: true,
  sourcemap: false,
  noExternal: ['zod', 'chalk'],
  minifyWhitespace: true,
  minifySyntax: true,
  esbuildOptions: samePathsEverywhere,
  define: { AIPM_BUILD: JSON.stringify(BUILD_ID) },
  removeNodeProtocol: false,
  onSuccess: async () => {
    precompileTemplates();
    await bundleLibrary('yaml-lib', 'node_modules/yaml/dist/index.js', 'yaml');
    await bundleLibrary('handlebars-runtime', 'node_modules/handlebars/dist/cjs/handlebars.runtime.js', 'handlebars');
    await bundleLibrary('handlebars-compiler', 'node_modules/handlebars/dist/cjs/handlebars.js', 'handlebars');
    await bundleCommands();
  },
});
