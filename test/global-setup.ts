import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every temporary folder a test run makes (the tests' workspaces, and whatever the CLI runs they
 * spawn make) goes into one folder of this run, removed when the run ends: the test workers and
 * their children inherit TMPDIR from here.
 */
export default function setup(): () => void {
  // Each tier (vitest project) sets up; the first makes the folder, the other shares it.
  if (process.env.AIPM_TEST_RUN) return () => {};
  const dir = mkdtempSync(join(tmpdir(), 'aipm-test-run-'));
  // A test runs the CLI as an unprivileged user, who must reach the workspaces below.
  chmodSync(dir, 0o755);
  process.env.TMPDIR = dir;
  process.env.AIPM_TEST_RUN = dir;
  return () => {
    // Tests leave folders they made unreadable; make them removable first.
    spawnSync('chmod', ['-R', 'u+rwX', dir]);
    rmSync(dir, { recursive: true, force: true });
  };
}
