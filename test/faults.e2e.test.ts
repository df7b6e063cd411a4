import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, EN_EXAMPLE, TODAY } from './helpers.js';

// Every fault is a clear exit 2, and nothing hangs (issue 26): what only a process shows — its
// stdout failing, its working folder gone, FIFOs and devices where files belong, the cache key's
// folder — each run under a hard timeout, so a hang fails the test instead of holding CI.

function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'aipm-faults-'));
  cpSync(EN_EXAMPLE, dir, { recursive: true });
  return dir;
}

const env = (extra: Record<string, string> = {}) => ({ ...process.env, NO_COLOR: '1', AIPM_TODAY: TODAY, XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'aipm-xdg-')), ...extra });

/** A shell line run with a hard timeout; `$AIPM` is the CLI. Its exit code, and what it wrote to stderr. */
function sh(line: string, cwd: string, extraEnv: Record<string, string> = {}, seconds = 30) {
  const r = spawnSync('bash', ['-c', line], { cwd, encoding: 'utf8', timeout: seconds * 1000, env: { ...env(extraEnv), AIPM: `${process.execPath} ${BIN}` } });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** No stack trace, no internal error: one line (or a few) a person can act on. */
const clear = (stderr: string) => {
  expect(stderr).not.toMatch(/\n\s+at |internal error|node:events|Unhandled/);
  expect(stderr.trim().split('\n')).toHaveLength(1);
};

const fifo = (path: string) => spawnSync('mkfifo', [path]).status === 0;

describe('stdout that cannot be written is exit 2 with one line', () => {
  it('a full disk (>/dev/full)', () => {
    const r = sh('$AIPM validate >/dev/full', copy());
    expect(r).toMatchObject({ signal: null, code: 2 });
    expect(r.stderr).toBe('aipm: cannot write the output to stdout (ENOSPC): the disk is full, or what it leads to was closed. Nothing is lost in the workspace; run it again with stdout going somewhere that can take it\n');
  });

  it('a pipe closed before the output was read (EPIPE)', () => {
    const dir = copy();
    // Far more output than a pipe holds: 3,000 unknown keys, a finding each.
    writeFileSync(join(dir, 'specs', 'wide.yaml'), `kind: review\nversion: 1\ntitle: t\nowner: o\nstatus: draft\nupdated: 2026-11-01\ndate: 2026-11-01\nparticipants: [a]\ndecisions: []\n${Array.from({ length: 3000 }, (_, i) => `k${i}: 1`).join('\n')}\n`);
    const r = sh('$AIPM validate 2>err.txt | head -c 100 >/dev/null; echo "${PIPESTATUS[0]}"', dir);
    expect(r.stdout.trim()).toBe('2');
    const stderr = readFileSync(join(dir, 'err.txt'), 'utf8');
    expect(stderr).toMatch(/^aipm: cannot write the output to stdout \(EPIPE\)/);
    clear(stderr);
  });

  it('a closed stdout (>&-) never crashes (Node opens /dev/null in its place, so the output goes nowhere)', () => {
    const r = sh('$AIPM validate >&-', copy());
    expect(r.signal).toBeNull();
    expect([0, 2]).toContain(r.code);
    expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
  });
});

describe('a deleted working folder', () => {
  it('is exit 2 naming the cause, not exit 3 "uv_cwd"', () => {
    const base = mkdtempSync(join(tmpdir(), 'aipm-gone-'));
    const r = sh('mkdir gone && cd gone && rmdir ../gone && $AIPM validate', base);
    expect(r).toMatchObject({ signal: null, code: 2, stderr: 'aipm: the current folder cannot be read (ENOENT): it was probably deleted after this shell entered it. `cd` into an existing folder, or pass --cwd\n' });
    // --cwd to a real folder still works from there.
    expect(sh(`mkdir gone && cd gone && rmdir ../gone && $AIPM --cwd ${copy()} validate`, base)).toMatchObject({ code: 0 });
  });
});

describe('a FIFO or a device where a spec belongs is exit 2, never a hang, never skipped', () => {
  it('a FIFO inside specs/', () => {
    const dir = copy();
    if (!fifo(join(dir, 'specs', 'pipe.yaml'))) return; // no mkfifo here: nothing to test
    const r = sh('$AIPM validate', dir);
    expect(r).toMatchObject({ signal: null, code: 2, stderr: 'aipm: specs/pipe.yaml is not a regular file (a folder, a pipe or a device): aipm only reads and replaces files\n' });
  });

  it('a link to /dev/zero inside specs/, and a link to a FIFO inside the workspace', () => {
    const dir = copy();
    symlinkSync('/dev/zero', join(dir, 'specs', 'zero.yaml'));
    expect(sh('$AIPM validate', dir)).toMatchObject({ signal: null, code: 2, stderr: expect.stringMatching(/^aipm: specs\/zero\.yaml leads outside the workspace/) });
    rmSync(join(dir, 'specs', 'zero.yaml'));
    if (!fifo(join(dir, 'pipe'))) return;
    symlinkSync(join(dir, 'pipe'), join(dir, 'specs', 'pipe.yaml'));
    expect(sh('$AIPM validate', dir)).toMatchObject({ signal: null, code: 2, stderr: expect.stringMatching(/^aipm: specs\/pipe\.yaml is not a regular file/) });
  });
});

describe('validate --cache never hangs nor loops on its key', () => {
  it('a FIFO at $XDG_CACHE_HOME/aipm/cache-key: the run goes without the cache and says why', () => {
    const xdg = mkdtempSync(join(tmpdir(), 'aipm-xdg-'));
    mkdirSync(join(xdg, 'aipm'));
    if (!fifo(join(xdg, 'aipm', 'cache-key'))) return;
    const r = sh('$AIPM validate --cache', copy(), { XDG_CACHE_HOME: xdg }, 20);
    expect(r).toMatchObject({ signal: null, code: 0 });
    expect(r.stderr).toMatch(/^aipm: --cache is off for this run: no signing key could be read or made in .*aipm/);
    clear(r.stderr);
  });

  it('HOME=/proc (a folder that cannot be made there): the same, in bounded steps', () => {
    const r = sh('$AIPM validate --cache', copy(), { HOME: '/proc', XDG_CACHE_HOME: '' }, 20);
    expect(r).toMatchObject({ signal: null, code: 0, stderr: 'aipm: --cache is off for this run: no signing key could be read or made in /proc/.cache/aipm (not a regular file, or the folder cannot be made); the check runs in full\n' });
  });
});

describe('the last guard on the terminal', () => {
  it('an out folder named with an OSC 8 link: render names it with the escapes shown, never acting', () => {
    const dir = copy();
    const config = join(dir, 'aipm.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace(/^out: .*$/m, 'out: "\\e]8;;https://evil.example\\adocs\\e]8;;\\a"'));
    const r = sh('$AIPM render', dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\\u{1b}]8;;https:/evil.example\\u{7}docs');
    expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });
});
