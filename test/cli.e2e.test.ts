import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { diff } from '../src/commands/diff.js';
import { explain } from '../src/commands/explain.js';
import { fix } from '../src/commands/fix.js';
import { init } from '../src/commands/init.js';
import { newSpec } from '../src/commands/new.js';
import { rename } from '../src/commands/rename.js';
import { render } from '../src/commands/render.js';
import { schema } from '../src/commands/schema.js';
import { status } from '../src/commands/status.js';
import { validate } from '../src/commands/validate.js';
import { readTemplates, sourceHash } from '../src/render/templates.js';
import { BIN, EN_EXAMPLE, ROOT, TODAY, ZH_EXAMPLE, call, readTree, runCli, writeWorkspace, type CliRun } from './helpers.js';

// What only a process shows: the argv wiring (commander's parsing, usage errors, colour from the
// environment) and what a run of the built CLI loads. What commands print is tested in-process
// (commands.test.ts and the others).

describe('argv wiring', () => {
  // Each flag reaches its command: a command line run by the built CLI prints and exits as the
  // command called in-process with the options that command line names (and writes the same files).
  const examples = join(ROOT, 'examples');
  const copyOf = (example: string) => writeWorkspace(readTree(example));
  const cases: [string, string[], string, (cwd: string) => Promise<CliRun>][] = [
    ['validate', ['validate', 'specs/review.yaml', '-f', 'json', '--strict', '--today', '2027-03-01'], EN_EXAMPLE, (cwd) => call(validate, { cwd, paths: ['specs/review.yaml'], format: 'json', strict: true, today: '2027-03-01' })],
    ['validate --all', ['validate', '--all', '--format', 'sarif'], examples, (cwd) => call(validate, { cwd, all: true, format: 'sarif' })],
    ['render', ['render', '--packet', '--check', '--today', '2026-11-23', '--templates', 'builtin'], EN_EXAMPLE, (cwd) => call(render, { cwd, packet: true, check: true, today: '2026-11-23', templates: 'builtin' })],
    ['explain', ['explain', 'milestone-buffer', '--lang', 'en'], ZH_EXAMPLE, (cwd) => call(explain, { cwd, rule: 'milestone-buffer', lang: 'en' })],
    ['status --all', ['status', '--all', '--today', '2026-11-23'], examples, (cwd) => call(status, { cwd, all: true, today: '2026-11-23' })],
    ['render --all', ['render', '--all', '--packet', '--check', '--lang', 'en', '--out', '.'], join(examples, 'monorepo'), (cwd) => call(render, { cwd, all: true, packet: true, check: true, lang: 'en', out: '.' })],
    ['render --all --shard', ['render', '--all', '--check', '--shard', '2/2'], join(examples, 'monorepo'), (cwd) => call(render, { cwd, all: true, check: true, shard: '2/2' })],
    ['status', ['status', '-f', 'json', '--today', '2026-12-18'], EN_EXAMPLE, (cwd) => call(status, { cwd, format: 'json', today: '2026-12-18' })],
    ['schema', ['schema', '--check', '--out', '.aipm/schemas'], EN_EXAMPLE, (cwd) => call(schema, { cwd, check: true, out: '.aipm/schemas' })],
    ['fix', ['fix', '--dry-run', '--today', '2026-11-23'], EN_EXAMPLE, (cwd) => call(fix, { cwd, dryRun: true, today: '2026-11-23' })],
    ['diff', ['diff', 'HEAD', 'HEAD', '-f', 'json'], EN_EXAMPLE, (cwd) => call(diff, { cwd, from: 'HEAD', to: 'HEAD', format: 'json' })],
    ['rename', ['rename', 'M-NOPE', 'M-X'], EN_EXAMPLE, (cwd) => call(rename, { cwd, from: 'M-NOPE', to: 'M-X' })],
  ];
  it.each(cases)('%s', async (_, argv, cwd, inProcess) => {
    // Half the command lines name the folder with --cwd, half run in it.
    const spawned = argv.length % 2 ? runCli([...argv, '--cwd', cwd]) : runCli(argv, { cwd });
    expect(spawned).toEqual(await inProcess(cwd));
  });

  it('commands that write: new and init, each into its own copy', async () => {
    const [a, b] = [copyOf(EN_EXAMPLE), copyOf(EN_EXAMPLE)];
    expect(runCli(['new', 'review', '--id', 'D-9', '--title', 'Go or not', '--file', 'specs/go.yaml', '--force'], { cwd: a })).toEqual(await call(newSpec, { cwd: b, kind: 'review', id: 'D-9', title: 'Go or not', file: 'specs/go.yaml', force: true }));
    expect(readTree(a)).toEqual(readTree(b));
    const [c, d] = [mkdtempSync(join(tmpdir(), 'aipm-init-')), mkdtempSync(join(tmpdir(), 'aipm-init-'))];
    const answers = { name: 'Desk', id: 'desk', lang: 'zh', type: 'customer-service', owner: 'o' };
    expect(runCli(['init', 'p', '--yes', '--force', ...Object.entries(answers).flatMap(([k, v]) => [`--${k}`, v])], { cwd: c })).toEqual(await call(init, { cwd: d, dir: 'p', yes: true, force: true, interactive: false, ...answers }));
    expect(readTree(c)).toEqual(readTree(d));
  });

  it('a value commander rejects (a bad --format choice) is exit 2 with one clear message and no stack trace', () => {
    const format = runCli(['validate', '--format', 'xml', '--cwd', EN_EXAMPLE]);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("'xml' is invalid");
    expect(format.stderr).not.toMatch(/\n\s+at /);
  });

  it('an unknown command suggests only a real slip', () => {
    expect(runCli(['lint'])).toMatchObject({ code: 2, stderr: 'aipm: unknown command `lint` (`aipm --help` lists the commands)\n' });
    expect(runCli(['valdate']).stderr).toBe('aipm: unknown command `valdate`; did you mean `validate`? (`aipm --help` lists the commands)\n');
  });

  it('a bad option is one line, or the JSON fatal object with --format json', () => {
    const bad = runCli(['validate', '-f', 'xml', '--cwd', EN_EXAMPLE]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('Allowed choices are stylish, json, sarif, junit, github, codequality');
    const json = runCli(['validate', '-f', 'json', '--bogus', '--cwd', EN_EXAMPLE]);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout).fatal).toMatchObject({ code: 2, message: expect.stringContaining("unknown option '--bogus'") });
  });

  it('validate --cache: a second run (another process) prints the same, and the cache stays out of git', () => {
    const dir = writeWorkspace(readTree(EN_EXAMPLE));
    const env = { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'aipm-home-')) };
    const first = runCli(['validate', '--cache'], { cwd: dir, env });
    const second = runCli(['validate', '--cache'], { cwd: dir, env });
    expect(first.code).toBe(0);
    expect(second).toEqual(first);
    expect(readFileSync(join(dir, '.aipm', 'cache', '.gitignore'), 'utf8')).toBe('*\n');
  });

  it('FORCE_COLOR forces colour', () => {
    expect(runCli(['validate', '--cwd', EN_EXAMPLE], { env: { FORCE_COLOR: '1', NO_COLOR: '' } }).stdout).toMatch(/\x1b\[/);
  });
});

describe('start-up', () => {
  const dist = (file: string) => readFileSync(join(ROOT, 'dist', file), 'utf8');
  /** The modules a built file requires by name (`require("…")` in its code). */
  const requiresOf = (file: string) => [...new Set([...dist(file).matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((m) => m[1]!))].sort();

  /** Runs the built CLI and lists the files of dist/ (and packages) it loaded, as Node's require cache holds them at exit. */
  function loadedBy(args: string[], cwd: string): { code: number | null; loaded: string[]; packages: string[] } {
    const probe = join(mkdtempSync(join(tmpdir(), 'aipm-probe-')), 'probe.cjs');
    writeFileSync(probe, "process.on('exit', () => process.stderr.write('\\nLOADED ' + JSON.stringify(Object.keys(require.cache)) + '\\n'));\n");
    const r = spawnSync(process.execPath, ['--require', probe, BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', AIPM_TODAY: TODAY }, encoding: 'utf8' });
    const files = JSON.parse(/LOADED (.*)/.exec(r.stderr)![1]!) as string[];
    const loaded = files.filter((f) => f.startsWith(join(ROOT, 'dist'))).map((f) => relative(join(ROOT, 'dist'), f)).sort();
    const packages = [...new Set(files.map((f) => /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(f)?.[1]).filter((p): p is string => Boolean(p)))].sort();
    return { code: r.status, loaded, packages };
  }

  it('the build precompiles every built-in template, from its current source', async () => {
    const { precompiled } = createRequire(import.meta.url)(join(ROOT, 'dist', 'templates.precompiled.cjs')) as { precompiled: Record<string, { hash: string }> };
    const sources = await readTemplates(undefined, ROOT, (f) => f);
    expect(Object.keys(precompiled).sort()).toEqual([...sources.keys()].sort());
    for (const [name, { source }] of sources) expect(precompiled[name]!.hash, name).toBe(sourceHash(source));
  });

  it('--help and --version load only the CLI; a command loads its own file and what its run needs, nothing else', () => {
    for (const args of [['--version'], ['--help']]) expect(loadedBy(args, ROOT), args[0]).toEqual({ code: 0, loaded: ['cli.cjs'], packages: [] });
    expect(runCli(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    // Everyday YAML takes the fast path: neither yaml nor Handlebars is loaded to validate a clean example.
    expect(loadedBy(['validate'], EN_EXAMPLE)).toEqual({ code: 0, loaded: ['cli.cjs', 'command-validate.cjs'], packages: [] });
    // The built-in templates come precompiled: render needs Handlebars' runtime only.
    const files = readTree(EN_EXAMPLE);
    expect(loadedBy(['render', '--packet', '--force'], writeWorkspace(files))).toEqual({
      code: 0,
      loaded: ['cli.cjs', 'command-render.cjs', 'handlebars-runtime.cjs', 'templates.precompiled.cjs'],
      packages: [],
    });
    // A workspace's own template needs the compiler; a finding's position needs yaml.
    const own = writeWorkspace({ ...files, 'aipm.yaml': `${files['aipm.yaml']}templates: tpl\n`, 'tpl/packet.hbs': '# {{title}}\n' });
    expect(loadedBy(['render', '--force'], own).loaded).toEqual(['cli.cjs', 'command-render.cjs', 'handlebars-compiler.cjs', 'templates.precompiled.cjs']);
    const broken = writeWorkspace({ ...files, 'specs/metrics.yaml': `${files['specs/metrics.yaml']}\nstray: [\n` });
    expect(loadedBy(['validate'], broken)).toMatchObject({ code: 1, loaded: ['cli.cjs', 'command-validate.cjs', 'yaml-lib.cjs'] });
    // init loads the prompts only when it has something to ask.
    const answered = ['init', 'p', '--name', 'P', '--lang', 'en', '--type', 'blank', '--owner', 'O'];
    expect(loadedBy(answered, mkdtempSync(join(tmpdir(), 'aipm-init-')))).toMatchObject({ code: 0, packages: [] });
  });

  it('render loads playwright-core only to print a PDF', () => {
    // The page's code is render's own; playwright-core is loaded for --pdf (here through a
    // "browser" that fails at once: exit 2, and nothing written).
    const files = readTree(EN_EXAMPLE);
    expect(loadedBy(['render', '--html', '--force'], writeWorkspace(files)).packages).toEqual([]);
    const pdf = writeWorkspace(Object.fromEntries(Object.entries(files).filter(([path]) => !path.startsWith('docs/'))));
    expect(loadedBy(['render', '--pdf', '--browser', '/bin/false'], pdf)).toMatchObject({ code: 2, packages: ['playwright-core'] });
    expect(existsSync(join(pdf, 'docs'))).toBe(false);
  }, 90_000);

  it('each command is one CommonJS file holding zod and its own code; only init names the prompts, only lsp the language server, only fix and import diff (import also yauzl), only render playwright-core; pre-commit requires the files of the commands it runs', () => {
    const cli = dist('cli.cjs');
    expect(cli).toContain('node_modules/commander/');
    expect(cli).not.toMatch(/node_modules\/(zod|yaml|handlebars)\//);
    const commands = readdirSync(join(ROOT, 'src', 'commands')).filter((n) => n !== 'shared.ts').map((n) => n.replace(/\.ts$/, ''));
    const local = requiresOf('cli.cjs').filter((name) => !name.startsWith('node:'));
    expect(local).toEqual(['./cli-errors.cjs', ...commands.map((c) => `./command-${c}.cjs`)].sort());
    for (const file of local) expect(existsSync(join(ROOT, 'dist', file)), file).toBe(true);
    const external: Record<string, string[]> = { fix: ['diff'], import: ['diff', 'yauzl'], init: ['@inquirer/prompts'], render: ['playwright-core'], 'pre-commit': ['./command-render.cjs', './command-validate.cjs'], lsp: ['vscode-languageserver-textdocument', 'vscode-languageserver/node'] };
    for (const command of commands) {
      const file = `command-${command}.cjs`;
      expect(requiresOf(file).filter((name) => !name.startsWith('node:')), command).toEqual(external[command] ?? []);
      expect(dist(file), command).not.toMatch(/node_modules\/(yaml|handlebars)\//);
    }
    expect(dist('handlebars-runtime.cjs')).not.toContain('handlebars/compiler/');
    expect(dist('handlebars-compiler.cjs')).toContain('handlebars/compiler/');
  });
});
