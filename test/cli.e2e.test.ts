import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { readTemplates, sourceHash } from '../src/render/templates.js';
import { BIN, EN_EXAMPLE, ROOT, TODAY, ZH_EXAMPLE, lineOf, readTree, runCli, writeWorkspace } from './helpers.js';

// What only a process shows: the argv wiring (commander's parsing, usage errors, colour from the
// environment) and what a run of the built CLI loads. What commands print is tested in-process
// (commands.test.ts and the others).

describe('argv wiring', () => {
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

  it('each command is one CommonJS file holding zod and its own code; only init names the prompts, only lsp the language server, only fix diff', () => {
    const cli = dist('cli.cjs');
    expect(cli).toContain('node_modules/commander/');
    expect(cli).not.toMatch(/node_modules\/(zod|yaml|handlebars)\//);
    const commands = readdirSync(join(ROOT, 'src', 'commands')).filter((n) => n !== 'shared.ts').map((n) => n.replace(/\.ts$/, ''));
    const local = requiresOf('cli.cjs').filter((name) => !name.startsWith('node:'));
    expect(local).toEqual(['./cli-errors.cjs', ...commands.map((c) => `./command-${c}.cjs`)].sort());
    for (const file of local) expect(existsSync(join(ROOT, 'dist', file)), file).toBe(true);
    const external: Record<string, string[]> = { fix: ['diff'], init: ['@inquirer/prompts'], lsp: ['vscode-languageserver-textdocument', 'vscode-languageserver/node'] };
    for (const command of commands) {
      const file = `command-${command}.cjs`;
      expect(requiresOf(file).filter((name) => !name.startsWith('node:')), command).toEqual(external[command] ?? []);
      expect(dist(file), command).not.toMatch(/node_modules\/(yaml|handlebars)\//);
    }
    expect(dist('handlebars-runtime.cjs')).not.toContain('handlebars/compiler/');
    expect(dist('handlebars-compiler.cjs')).toContain('handlebars/compiler/');
  });
});
