import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, EN_EXAMPLE, TODAY, reachableBin, readTree, runCli } from './helpers.js';

// Hostile input that only a process shows: reads that would hang (FIFOs, a template without end)
// under a hard timeout, runs killed at any moment, and permissions as another user. The rest of
// the hostile input is tested in-process in hostile.test.ts.

function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'aipm-hostile-'));
  cpSync(EN_EXAMPLE, dir, { recursive: true });
  return dir;
}

/** Runs the CLI with a hard timeout: a hang fails the test instead of holding CI. */
function runWithin(args: string[], cwd: string, seconds = 15) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: seconds * 1000, env: { ...process.env, NO_COLOR: '1', AIPM_TODAY: TODAY } });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

describe('no input hangs (FIFOs), and environment faults are exit 2, never 3', () => {
  const fifo = (path: string) => spawnSync('mkfifo', [path]).status === 0;

  it('a FIFO as aipm.yaml, as a spec named on the command line, or at an output path', () => {
    const a = mkdtempSync(join(tmpdir(), 'aipm-fifo-'));
    if (!fifo(join(a, 'aipm.yaml'))) return; // mkfifo missing: nothing to test here
    expect(runWithin(['validate'], a)).toMatchObject({ signal: null, code: 2, stderr: expect.stringMatching(/is not a regular file/) });
    const b = copy();
    fifo(join(b, 'specs', 'pipe.yaml'));
    expect(runWithin(['validate', 'specs/pipe.yaml'], b)).toMatchObject({ signal: null, code: 2, stderr: expect.stringMatching(/is not a regular file/) });
    const c = copy();
    spawnSync('rm', [join(c, 'docs', 'aipm', 'metrics.md')]);
    fifo(join(c, 'docs', 'aipm', 'metrics.md'));
    expect(runWithin(['render', '--packet'], c)).toMatchObject({ signal: null, code: 2 });
  });

});

describe('bounds', () => {
  it('a workspace template that loops without end is stopped with a clear error, and --templates builtin ignores it', () => {
    const dir = copy();
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'aipm.yaml'), `${readFileSync(join(dir, 'aipm.yaml'), 'utf8')}templates: templates\n`);
    // Nine nested loops over the header's fields: millions of iterations from a few bytes.
    const loop = `${'{{#each @root.header}}'.repeat(9)}x${'{{/each}}'.repeat(9)}`;
    writeFileSync(join(dir, 'templates', 'metrics.hbs'), loop);
    const r = runWithin(['render'], dir, 60);
    expect(r).toMatchObject({ signal: null, code: 2, stderr: expect.stringMatching(/^aipm: template templates\/metrics\.hbs stopped: it went past aipm's bound/) });
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(runCli(['render', '--templates', 'builtin'], { cwd: dir }).code).toBe(0);
  });

});

describe('a run killed at any moment leaves every file old or new, and nothing stray after the next run', () => {
  it('render --packet, killed 30 times', async () => {
    const dir = copy();
    // Old documents: rendered at another date, so every file changes.
    expect(runCli(['render', '--packet', '--today', '2027-01-05'], { cwd: dir }).code).toBe(0);
    const old = readTree(join(dir, 'docs', 'aipm'));
    const fresh = copy();
    expect(runCli(['render', '--packet'], { cwd: fresh }).code).toBe(0);
    const now = readTree(join(fresh, 'docs', 'aipm'));
    for (let i = 0; i < 30; i++) {
      const child = spawn(process.execPath, [BIN, 'render', '--packet'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
      // Listened for from the start: a run that ends before the kill has closed by then.
      const closed = new Promise((resolve) => child.on('close', resolve));
      await new Promise((resolve) => setTimeout(resolve, 40 + ((i * 37) % 260)));
      child.kill('SIGKILL');
      await closed;
      const tree = readTree(join(dir, 'docs', 'aipm'));
      for (const [name, text] of Object.entries(tree)) {
        if (name.split('/').at(-1)!.startsWith('.')) continue; // a leftover of the killed run: checked below
        expect(text === old[name] || text === now[name], `${name} after kill ${i}`).toBe(true);
      }
      for (const name of Object.keys(old)) expect(tree[name], `${name} after kill ${i}`).toBeDefined();
      // Put the old documents back for the next round.
      for (const [name, text] of Object.entries(old)) writeFileSync(join(dir, 'docs', 'aipm', name), text);
    }
    expect(runCli(['render', '--packet'], { cwd: dir }).code).toBe(0);
    expect(readTree(join(dir, 'docs', 'aipm'))).toEqual(now);
  }, 120_000);
});

describe('permission faults, run as an unprivileged user', () => {
  const setpriv = spawnSync('setpriv', ['--version']).status === 0 && process.getuid?.() === 0;

  it.runIf(setpriv)('a read-only output folder holding an orphan, an unreadable spec folder: exit 2 naming the path, never 3', () => {
    const dir = copy();
    spawnSync('chmod', ['-R', 'a+rX', dir]);
    writeFileSync(join(dir, 'docs', 'aipm', 'old.md'), '<!-- generated by aipm -->\n\norphan\n');
    spawnSync('chmod', ['555', join(dir, 'docs', 'aipm')]);
    // The CLI runs from a copy user 65534 can reach, wherever the clone is.
    const bin = reachableBin();
    const asNobody = (...args: string[]) => spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, bin, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', AIPM_TODAY: TODAY } });
    const render = asNobody('render', '--packet', '--today', '2027-01-05');
    expect([render.status, render.stderr]).toEqual([2, expect.stringMatching(/^aipm: cannot write docs\/aipm\/\S+: EACCES\n$/)]);
    mkdirSync(join(dir, 'specs', 'private'));
    spawnSync('chmod', ['000', join(dir, 'specs', 'private')]);
    const validate = asNobody('validate');
    expect([validate.status, validate.stderr]).toEqual([2, 'aipm: cannot read specs/private: EACCES\n']);
  });
});

describe('init --force, killed 30 times', () => {
  it('every file stays old or new, and the next init leaves nothing stray', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aipm-init-kill-'));
    const args = (lang: string) => [BIN, 'init', '--yes', '--force', '--type', 'llm-assistant', '--lang', lang, '--name', 'X', '--owner', 'o'];
    expect(spawnSync(process.execPath, args('en'), { cwd: dir, env: { ...process.env, AIPM_TODAY: TODAY } }).status).toBe(0);
    const old = readTree(dir);
    const fresh = mkdtempSync(join(tmpdir(), 'aipm-init-fresh-'));
    expect(spawnSync(process.execPath, args('zh'), { cwd: fresh, env: { ...process.env, AIPM_TODAY: TODAY } }).status).toBe(0);
    const now = readTree(fresh);
    for (let i = 0; i < 30; i++) {
      const child = spawn(process.execPath, args('zh'), { cwd: dir, env: { ...process.env, AIPM_TODAY: TODAY } });
      // Listened for from the start: a run that ends before the kill has closed by then.
      const closed = new Promise((resolve) => child.on('close', resolve));
      await new Promise((resolve) => setTimeout(resolve, 30 + ((i * 29) % 200)));
      child.kill('SIGKILL');
      await closed;
      const tree = readTree(dir);
      for (const [name, text] of Object.entries(tree)) {
        if (name.split('/').at(-1)!.startsWith('.') && /\.aipm-(tmp|bak)-/.test(name)) continue;
        expect(text === old[name] || text === now[name], `${name} after kill ${i}`).toBe(true);
      }
      for (const name of Object.keys(old)) expect(tree[name], `${name} after kill ${i}`).toBeDefined();
      for (const [name, text] of Object.entries(old)) writeFileSync(join(dir, name), text);
    }
    expect(spawnSync(process.execPath, args('zh'), { cwd: dir, env: { ...process.env, AIPM_TODAY: TODAY } }).status).toBe(0);
    expect(Object.keys(readTree(dir)).filter((n) => /\.aipm-(tmp|bak)-/.test(n))).toEqual([]);
    expect(readTree(dir)).toEqual(now);
  }, 120_000);
});
