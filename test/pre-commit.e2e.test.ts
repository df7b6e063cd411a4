import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EN_EXAMPLE, TODAY } from './helpers.js';
import { freshRepo, GIT_USER, mustRun } from './fresh-repo.js';

// The hooks installed and run by pre-commit itself (Debian's pre-commit 3, which .ci/run installs
// when missing) from a tag of a fresh aipm repository, against a repository of two products.
// pre-commit 3 installs a node hook by `npm install` in aipm's clone, `npm pack`, and
// `npm install -g` of that tarball; a current pre-commit runs `npm install -g git+file://<clone>`
// instead, which install.e2e.test.ts covers.

const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });

let aipmRepo: string;
let sample: string;
let home: string;

beforeAll(() => {
  if (preCommit.status !== 0) return;
  aipmRepo = freshRepo();
  sample = mkdtempSync(join(tmpdir(), 'aipm-team-'));
  cpSync(EN_EXAMPLE, join(sample, 'products', 'clean'), { recursive: true });
  cpSync(EN_EXAMPLE, join(sample, 'products', 'broken'), { recursive: true });
  const config = join(sample, 'products', 'broken', 'aipm.yaml');
  writeFileSync(config, readFileSync(config, 'utf8').replace('id: claim-triage', 'id: broken'));
  const spec = join(sample, 'products', 'broken', 'specs', 'requirements.yaml');
  writeFileSync(spec, readFileSync(spec, 'utf8').replace('    priority: P0', '    prioritty: P0'));
  writeFileSync(join(sample, 'ci.yml'), 'on: push\n');
  mustRun('git', ['init', '-q'], sample);
  mustRun('git', ['add', '--all'], sample);
  mustRun('git', ['commit', '-q', '-m', 'plan'], sample, GIT_USER);
  home = mkdtempSync(join(tmpdir(), 'aipm-pre-commit-home-'));
}, 120_000);

/** `pre-commit try-repo <aipm> [hook] --ref v0 …` in the team's repository; its hook environments kept in `home`. */
function tryRepo(...args: string[]) {
  const [hook, rest] = args[0]?.startsWith('aipm-') ? [[args[0]], args.slice(1)] : [[], args];
  return spawnSync('pre-commit', ['try-repo', aipmRepo, ...hook, '--ref', 'v0', ...rest], {
    cwd: sample,
    encoding: 'utf8',
    env: { ...process.env, PRE_COMMIT_HOME: home, AIPM_TODAY: TODAY, NO_COLOR: '1', npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' },
  });
}

describe.runIf(preCommit.status === 0)(`pre-commit try-repo (${preCommit.stdout.trim()})`, () => {
  it('installs the hooks from the tag and fails on the broken product, naming the mistake; the clean product passes', () => {
    const all = tryRepo('--all-files');
    expect(all.status, all.stdout + all.stderr).toBe(1);
    expect(all.stdout).toMatch(/^aipm validate\.+Failed$/m);
    expect(all.stdout).toMatch(/^products\/broken\/specs\/requirements\.yaml:12:5 error unknown key `prioritty`/m);
    expect(all.stdout).toMatch(/^products\/clean\/aipm\.yaml: no problems in 9 files$/m);
    expect(all.stdout).toMatch(/^aipm render --all --check\.+Failed$/m);
    // The clean product alone (the environment is installed once): both per-product hooks pass.
    const files = ['--files', 'products/clean/specs/metrics.yaml', 'products/clean/aipm.yaml', 'ci.yml'];
    for (const [hook, name] of [['aipm-validate', 'aipm validate'], ['aipm-render-check', 'aipm render --check']]) {
      const clean = tryRepo(hook!, ...files);
      expect(clean.status, clean.stdout + clean.stderr).toBe(0);
      expect(clean.stdout).toMatch(new RegExp(`^${name!.replace(/[-.]/g, '\\$&')}\\.+Passed$`, 'm'));
    }
    // A file of no product: nothing to check.
    const other = tryRepo('aipm-validate', '--files', 'ci.yml');
    expect(other.status, other.stdout + other.stderr).toBe(0);
  }, 600_000);
});
