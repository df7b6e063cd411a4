import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
