import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EN_EXAMPLE, TODAY } from './helpers.js';
import { freshRepo, mustRun } from './fresh-repo.js';

// `npm install -g` from the git URL and from the tarball, on a machine that never built aipm: a
// fresh repository with dist/ as committed, installed into an empty prefix, devDependencies absent.
// npm's cache is used when it has a package (the registry is asked otherwise).

let repo: string;
let tarball: string;
let packed: string;

beforeAll(() => {
  repo = freshRepo();
  const out = mkdtempSync(join(tmpdir(), 'aipm-pack-'));
  // With its scripts, as pre-commit 3 runs it: it takes all of standard output as the tarball's name.
  packed = mustRun('npm', ['pack', '--pack-destination', out], repo);
  tarball = join(out, readdirSync(out).find((f) => f.endsWith('.tgz'))!);
}, 300_000);

/** aipm installed globally from `source` into an empty prefix; the prefix. */
function installGlobally(...source: string[]): string {
  const prefix = mkdtempSync(join(tmpdir(), 'aipm-prefix-'));
  mustRun('npm', ['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', ...source], prefix);
  return prefix;
}

/** The installed aipm checks and renders the example, and starts a product, from a folder of its own. */
function works(prefix: string): void {
  const installed = join(prefix, 'lib', 'node_modules');
  expect(existsSync(join(installed, 'aipm', 'dist', 'cli.cjs'))).toBe(true);
  // Only the dependencies: no build tool, no test runner.
  for (const dev of ['tsup', 'typescript', 'vitest', 'esbuild']) expect(existsSync(join(installed, 'aipm', 'node_modules', dev)), dev).toBe(false);
  const project = mkdtempSync(join(tmpdir(), 'aipm-project-'));
  cpSync(EN_EXAMPLE, join(project, 'plan'), { recursive: true });
  const aipm = (...args: string[]) => spawnSync(join(prefix, 'bin', 'aipm'), args, { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', AIPM_TODAY: TODAY, NODE_PATH: '' } });
  expect(aipm('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  expect(aipm('validate', '--cwd', 'plan')).toMatchObject({ status: 0, stdout: 'no problems in 9 files\n' });
  expect(aipm('render', '--packet', '--check', '--cwd', 'plan')).toMatchObject({ status: 0 });
  expect(aipm('init', 'fresh', '--yes', '--type', 'customer-service', '--lang', 'zh', '--name', '客服', '--owner', 'o').status).toBe(0);
  expect(aipm('validate', '--cwd', 'fresh')).toMatchObject({ status: 0, stdout: '5 个文件，没有发现问题\n' });
}

describe('npm install -g on a clean machine', () => {
  it('npm pack prints only the tarball\'s name (pre-commit 3 reads it as the name)', () => {
    expect(packed).toBe('aipm-0.1.0.tgz\n');
  });

  it('from the tarball', () => {
    works(installGlobally(tarball));
  }, 300_000);

  it('from the git URL of a tag', () => {
    // --install-links (as a current pre-commit passes it): without it npm 10 and 11 install a
    // git+file: URL as a link to a temporary clone, which npm then deletes.
    works(installGlobally('--install-links', `git+file://${repo}#v0`));
  }, 300_000);
});
