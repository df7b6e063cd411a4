import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';

// A CommonJS module: its class is both the module and its `default`.
const Ajv = AjvDraft04.default;
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EN_EXAMPLE, ROOT, TODAY } from './helpers.js';

const sh = (cmd: string, args: string[], cwd: string, env: Record<string, string> = {}) =>
  spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', AIPM_TODAY: TODAY, ...env } });

describe('the package a team installs', () => {
  it('packs into a tarball that installs into an empty project and runs from there alone', () => {
    const out = mkdtempSync(join(tmpdir(), 'aipm-pack-'));
    // The tarball of the tree as built (npm test builds first); no scripts, so dist stays as the other tests see it.
    const pack = sh('npm', ['pack', '--ignore-scripts', '--pack-destination', out, '--silent'], ROOT);
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = join(out, readdirSync(out).find((f) => f.endsWith('.tgz'))!);
    const project = mkdtempSync(join(tmpdir(), 'aipm-project-'));
    writeFileSync(join(project, 'package.json'), '{"name": "product", "version": "1.0.0", "private": true, "type": "module"}\n');
    const install = sh('npm', ['install', '--no-audit', '--no-fund', tarball], project);
    expect(install.status, install.stderr).toBe(0);
    const aipm = (...args: string[]) => sh(join(project, 'node_modules', '.bin', 'aipm'), args, project);
    expect(aipm('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    cpSync(EN_EXAMPLE, join(project, 'plan'), { recursive: true });
    expect(aipm('validate', '--cwd', 'plan')).toMatchObject({ status: 0, stdout: 'no problems in 9 files\n' });
    expect(aipm('render', '--packet', '--check', '--cwd', 'plan')).toMatchObject({ status: 0 });
    expect(aipm('init', 'fresh', '--yes', '--type', 'customer-service', '--lang', 'zh', '--name', '客服', '--owner', 'o').status).toBe(0);
    expect(aipm('validate', '--cwd', 'fresh')).toMatchObject({ status: 0, stdout: '5 个文件，没有发现问题\n' });
    // The typed core, through the package's exports.
    const lib = sh(process.execPath, ['--input-type=module', '-e', "const m = await import('aipm'); const ws = await m.openWorkspace('plan'); console.log(m.checkSpecs(ws.files, m.checkOptionsOf(ws.config, '2026-11-23')).findings.length, typeof m.buildModel)"], project);
    expect(lib.stdout.trim()).toBe('0 function');
    expect(existsSync(join(project, 'node_modules', 'aipm', 'dist', 'index.d.ts'))).toBe(true);
  }, 120_000);
});

describe('the GitHub Action and the pre-commit hooks', () => {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { runs: { using: string; steps: { id?: string; run?: string; env?: Record<string, string> }[] }; inputs: Record<string, { default: string }> };

  it('runs its steps\' command lines against an example: a valid SARIF file, then annotations and the exit code', () => {
    expect(action.runs.using).toBe('composite');
    const dir = mkdtempSync(join(tmpdir(), 'aipm-action-'));
    cpSync(EN_EXAMPLE, join(dir, 'plan'), { recursive: true });
    mkdirSync(join(dir, '.git')); // a checkout: paths in annotations are from its root
    const temp = mkdtempSync(join(tmpdir(), 'aipm-runner-'));
    const inputs = (step: { env?: Record<string, string> }) =>
      Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, v.replace(/\$\{\{ inputs\.([\w-]+) \}\}/, (_, name: string) => (name === 'path' ? 'plan' : action.inputs[name]!.default))]));
    const step = (id: string) => action.runs.steps.find((s) => s.id === id)!;
    for (const id of ['sarif', 'annotate']) expect(step(id).run, id).toBeDefined();
    const env = { GITHUB_ACTION_PATH: ROOT, RUNNER_TEMP: temp };
    const sarif = sh('bash', ['-c', step('sarif').run!], dir, { ...env, ...inputs(step('sarif')) });
    expect(sarif.status, sarif.stderr).toBe(0);
    const log = JSON.parse(readFileSync(join(temp, 'aipm.sarif'), 'utf8'));
    const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
    expect(new Ajv({ strict: false, unicodeRegExp: false }).validate(schema, log)).toBe(true);
    const annotate = sh('bash', ['-c', step('annotate').run!], dir, { ...env, ...inputs(step('annotate')) });
    expect([annotate.status, annotate.stdout]).toEqual([0, 'aipm: no problems in 9 files\n']);
    // A broken plan fails the annotate step, with an annotation at the mistake.
    const spec = join(dir, 'plan', 'specs', 'requirements.yaml');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('    priority: P0', '    prioritty: P0'));
    const failed = sh('bash', ['-c', step('annotate').run!], dir, { ...env, ...inputs(step('annotate')) });
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(/^::error file=plan\/specs\/requirements\.yaml,line=12,col=5,/m);
  });
});
