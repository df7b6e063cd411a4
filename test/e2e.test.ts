import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { readTemplates, sourceHash } from '../src/render/templates.js';
import { BIN, EN_EXAMPLE, ROOT, TODAY, ZH_EXAMPLE, lineOf, readTree, runCli, writeWorkspace } from './helpers.js';

function brokenWorkspace(): string {
  const files = readTree(EN_EXAMPLE);
  files['specs/requirements.yaml'] = files['specs/requirements.yaml']!.replace('    priority: P0', '    prioritty: P0');
  files['specs/review.yaml'] = files['specs/review.yaml']!.replace('    follow_up: 2026-11-30\n', '');
  return writeWorkspace(files);
}

describe('aipm validate (built CLI)', () => {
  it('both examples validate clean, strict', () => {
    for (const example of [ZH_EXAMPLE, EN_EXAMPLE]) {
      const r = runCli(['validate', '--strict', '--cwd', example]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    expect(runCli(['validate'], { cwd: ZH_EXAMPLE }).stdout).toBe('9 个文件，没有发现问题\n');
    expect(runCli(['validate'], { cwd: EN_EXAMPLE }).stdout).toBe('no problems in 9 files\n');
  });

  it('reports findings with file:line:col, the source line and a caret, exit 1', () => {
    const dir = brokenWorkspace();
    const r = runCli(['validate'], { cwd: dir });
    const line = lineOf(readFileSync(join(dir, 'specs/requirements.yaml'), 'utf8'), 'prioritty');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`specs/requirements.yaml:${line}:5 error unknown key \`prioritty\`; did you mean \`priority\`? (schema)\n`);
    expect(r.stdout).toContain(`${String(line).padStart(5)} |     prioritty: P0\n`);
    expect(r.stdout).toContain('      |     ^^^^^^^^^\n');
    expect(r.stdout).toContain('(decision-owned)');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('2 errors, 0 warnings in 9 files');
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  it('--format json prints the public shape', () => {
    const r = runCli(['validate', '--format', 'json'], { cwd: brokenWorkspace() });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.summary).toEqual({ files: 9, errors: 2, warnings: 0 });
    expect(out.findings.map((f: { rule: string }) => f.rule)).toEqual(['schema', 'decision-owned']);
    expect(out.findings[0]).toMatchObject({ file: 'specs/requirements.yaml', severity: 'error', col: 5 });
  });

  it('paths limit the report to those files; the workspace still resolves references', () => {
    const dir = brokenWorkspace();
    const r = runCli(['validate', 'specs/review.yaml', '--format', 'json'], { cwd: dir });
    const out = JSON.parse(r.stdout);
    expect(out.summary.files).toBe(1);
    expect(out.findings.map((f: { rule: string }) => f.rule)).toEqual(['decision-owned']);
  });

  it('--strict fails on warnings; --today moves the clock', () => {
    expect(runCli(['validate', '--cwd', EN_EXAMPLE, '--today', '2027-03-01']).code).toBe(0);
    const strict = runCli(['validate', '--strict', '--cwd', EN_EXAMPLE, '--today', '2027-03-01']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('(milestone-slipped)');
    expect(runCli(['validate', '--cwd', EN_EXAMPLE], { env: { AIPM_TODAY: '2027-03-01' } }).stdout).toContain('milestone-slipped');
  });

  it('-o writes the report to a file and prints nothing', () => {
    const dir = brokenWorkspace();
    const r = runCli(['validate', '--format', 'json', '-o', 'out/report.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8')).summary.errors).toBe(2);
  });

  it('--all checks every aipm.yaml below the folder', () => {
    const r = runCli(['validate', '--all', '--format', 'json'], { cwd: join(ROOT, 'examples') });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary).toEqual({ files: 18, errors: 0, warnings: 0 });
  });

  it('usage errors, a bad aipm.yaml, or no workspace are exit 2 with one clear message and no stack trace', () => {
    const format = runCli(['validate', '--format', 'xml', '--cwd', EN_EXAMPLE]);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("'xml' is invalid");
    const today = runCli(['validate', '--today', '2026-02-30', '--cwd', EN_EXAMPLE]);
    expect([today.code, today.stderr]).toEqual([2, 'aipm: --today must be a real date YYYY-MM-DD, got `2026-02-30`\n']);
    const bad = writeWorkspace({ 'aipm.yaml': 'version: 1\nproduct: {id: x, name: X, owner: o}\nlnag: en\n' });
    const config = runCli(['validate'], { cwd: bad });
    expect(config.code).toBe(2);
    expect(config.stderr).toBe('aipm: aipm.yaml is not valid:\naipm.yaml:3:1 unknown key `lnag`; did you mean `lang`?\n');
    const json = runCli(['validate', '--format', 'json'], { cwd: bad });
    expect(JSON.parse(json.stdout)).toMatchObject({ fatal: { code: 2, message: expect.stringContaining('lnag') } });
    // Where the first problem stands is data, not only text inside the message.
    expect(JSON.parse(json.stdout).fatal).toMatchObject({ file: 'aipm.yaml', line: 3, col: 1 });
    const outside = writeWorkspace({ 'aipm.yaml': 'version: 1\nproduct: {id: x, name: X, owner: o}\nspecs: ../elsewhere\n' });
    expect(JSON.parse(runCli(['validate', '-f', 'json'], { cwd: outside }).stdout).fatal).toMatchObject({ code: 2, file: 'aipm.yaml', line: 3, col: 8 });
    // A fault that is not about a file's content has no position.
    expect(JSON.parse(runCli(['validate', '-f', 'json', 'missing.yaml'], { cwd: EN_EXAMPLE }).stdout).fatal).not.toHaveProperty('line');
    const none = runCli(['validate'], { cwd: writeWorkspace({ '.git/HEAD': '' }) });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^aipm: no aipm.yaml found in .* Run `aipm init` to create one.\n$/);
    for (const r of [format, today, config, none]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('aipm render (built CLI)', () => {
  it('the committed documents and packets of both examples are current', () => {
    for (const example of [ZH_EXAMPLE, EN_EXAMPLE]) {
      const r = runCli(['render', '--packet', '--check', '--cwd', example]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    expect(runCli(['render', '--packet', '--check'], { cwd: EN_EXAMPLE }).stdout).toBe('docs/aipm is up to date (10 documents)\n');
  });

  it('renders a workspace and reports what it wrote', () => {
    const files = readTree(EN_EXAMPLE);
    for (const k of Object.keys(files)) if (k.startsWith('docs/')) delete files[k];
    const dir = writeWorkspace(files);
    const r = runCli(['render', '--packet'], { cwd: dir });
    expect([r.code, r.stdout]).toEqual([0, 'rendered 10 documents into docs/aipm: 10 written, 0 unchanged, 0 removed\n']);
    expect(readFileSync(join(dir, 'docs/aipm/packet.md'), 'utf8')).toBe(readFileSync(join(EN_EXAMPLE, 'docs/aipm/packet.md'), 'utf8'));
    const stale = runCli(['render', '--check'], { cwd: writeWorkspace(files) });
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain('missing   docs/aipm/requirements.md');
  });
});

describe('aipm explain', () => {
  it('lists the rules and explains one, in the workspace language', () => {
    const list = runCli(['explain', '--cwd', EN_EXAMPLE]);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('  milestone-buffer                warn   Uncertain milestones carry a buffer');
    const one = runCli(['explain', 'milestone-buffer', '--cwd', ZH_EXAMPLE]);
    expect(one.stdout).toContain('milestone-buffer — 不确定的里程碑要有弹性缓冲');
    expect(one.stdout).toContain('默认级别: warn');
    expect(runCli(['explain', 'milestone-buffer', '--lang', 'en', '--cwd', ZH_EXAMPLE]).stdout).toContain('How to fix');
  });
  it('an unknown rule is exit 2 with a suggestion', () => {
    const r = runCli(['explain', 'milestone-bufer', '--cwd', EN_EXAMPLE]);
    expect([r.code, r.stderr]).toEqual([2, 'aipm: unknown rule `milestone-bufer`; did you mean `milestone-buffer`? (`aipm explain` lists the rules)\n']);
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
