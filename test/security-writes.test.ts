import { chownSync, chmodSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fix } from '../src/commands/fix.js';
import { rename } from '../src/commands/rename.js';
import { render } from '../src/commands/render.js';
import { JOURNAL } from '../src/workspace/write.js';
import { EN_EXAMPLE, TODAY, call, readTree } from './helpers.js';

// Issue 26, the file half: writes are whole or absent, a run killed half-way is finished by the
// next, leftovers go on every run, and nothing else about a file changes (its encoding mark, line
// ends, mode, owner, link). In-process; kills, another user and a full disk are in
// security-files.e2e.test.ts.

function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'aipm-secio-'));
  cpSync(EN_EXAMPLE, dir, { recursive: true });
  return dir;
}
const METRICS = join('specs', 'metrics.yaml');
/** metrics.yaml with one safe fix to make (an enum value's case). */
const withFix = (dir: string) => readFileSync(join(dir, METRICS), 'utf8').replace('layer: model', 'layer: Model');

describe('fix and rename keep what the file was', () => {
  it('a UTF-8 byte order mark, CRLF and CR-only line ends stay', async () => {
    for (const [name, form] of [['BOM + LF', (t: string) => `\uFEFF${t}`], ['CRLF', (t: string) => t.replace(/\n/g, '\r\n')], ['CR only', (t: string) => t.replace(/\n/g, '\r')], ['BOM + CR only', (t: string) => `\uFEFF${t.replace(/\n/g, '\r')}`]] as const) {
      const dir = copy();
      const expected = form(readFileSync(join(dir, METRICS), 'utf8'));
      writeFileSync(join(dir, METRICS), form(withFix(dir)));
      expect((await call(fix, { cwd: dir, today: TODAY })).code, name).toBeLessThan(2);
      expect(readFileSync(join(dir, METRICS), 'utf8'), name).toBe(expected);
      writeFileSync(join(dir, METRICS), form(readFileSync(join(EN_EXAMPLE, METRICS), 'utf8')));
      expect((await call(rename, { cwd: dir, from: 'M-TOP1-ACC', to: 'M-TOP1' })).code, name).toBe(0);
      expect(readFileSync(join(dir, METRICS), 'utf8'), name).toBe(form(readFileSync(join(EN_EXAMPLE, METRICS), 'utf8').replaceAll('M-TOP1-ACC', 'M-TOP1')));
    }
  });

  it('the file\'s mode and owner stay (render\'s documents too)', async () => {
    const dir = copy();
    writeFileSync(join(dir, METRICS), withFix(dir));
    chmodSync(join(dir, METRICS), 0o600);
    const doc = join(dir, 'docs', 'aipm', 'metrics.md');
    chmodSync(doc, 0o640);
    const root = process.getuid?.() === 0;
    if (root) chownSync(join(dir, METRICS), 1234, 1234);
    await call(fix, { cwd: dir, today: TODAY });
    expect(readFileSync(join(dir, METRICS), 'utf8')).toContain('layer: model');
    expect(statSync(join(dir, METRICS)).mode & 0o777).toBe(0o600);
    if (root) expect([statSync(join(dir, METRICS)).uid, statSync(join(dir, METRICS)).gid]).toEqual([1234, 1234]);
    await call(rename, { cwd: dir, from: 'M-TOP1-ACC', to: 'M-TOP1' });
    expect(statSync(join(dir, METRICS)).mode & 0o777).toBe(0o600);
    if (root) expect(statSync(join(dir, METRICS)).uid).toBe(1234);
    expect((await call(render, { cwd: dir, packet: true })).code).toBe(0);
    expect(readFileSync(doc, 'utf8')).toContain('M-TOP1');
    expect(statSync(doc).mode & 0o777).toBe(0o640);
  });

  it('a spec linked to a file inside the workspace is written through the link, which stays', async () => {
    const dir = copy();
    mkdirSync(join(dir, 'shared'));
    writeFileSync(join(dir, 'shared', 'metrics.yaml'), withFix(dir));
    rmSync(join(dir, METRICS));
    symlinkSync(join('..', 'shared', 'metrics.yaml'), join(dir, METRICS));
    await call(fix, { cwd: dir, today: TODAY });
    expect(lstatSync(join(dir, METRICS)).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'shared', 'metrics.yaml'), 'utf8')).toContain('layer: model');
    expect((await call(rename, { cwd: dir, from: 'M-TOP1-ACC', to: 'M-TOP1' })).code).toBe(0);
    expect(lstatSync(join(dir, METRICS)).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'shared', 'metrics.yaml'), 'utf8')).toContain('id: M-TOP1\n');
  });

  it('fix does not refuse a file whose block scalar holds lines led by a tab, and keeps those tabs', async () => {
    const dir = copy();
    // A key indented with a tab (fix replaces it), and a block scalar whose first line starts with a tab.
    const text = withFix(dir).replace('    layer: Model', '\tlayer: Model').replace(/^(\s+)definition: .*$/m, '$1definition: |\n$1  \twhose top class is right\n$1  of all photos\n');
    writeFileSync(join(dir, METRICS), text);
    const r = await call(fix, { cwd: dir, today: TODAY });
    expect(r.stdout).not.toMatch(/not fixed/);
    const after = readFileSync(join(dir, METRICS), 'utf8');
    expect(after).toContain('layer: model');
    expect(after).toMatch(/^ +\twhose top class is right\n +of all photos\n/m);
  });
});

describe('what a killed run left is done with on the next run', () => {
  it('leftovers beside specs and documents (also a document that is gone) go, even when there is nothing to write', async () => {
    const dir = copy();
    const leftovers = [
      join(dir, 'specs', '.metrics.yaml.aipm-bak-4242-deadbeef'),
      join(dir, 'specs', '.gone.yaml.aipm-tmp-4242-0badcafe'),
      join(dir, 'docs', 'aipm', '.metrics.md.aipm-bak-4242-deadbeef'),
    ];
    for (const f of leftovers) writeFileSync(f, 'left by a killed run\n');
    expect((await call(fix, { cwd: dir, today: TODAY })).stdout).toMatch(/nothing to fix/);
    for (const f of leftovers) expect(existsSync(f), f).toBe(false);
    // Beside an orphan document: render removes both, and --check is clean afterwards.
    writeFileSync(join(dir, 'docs', 'aipm', 'old.md'), '<!-- generated by aipm -->\n\nan orphan\n');
    writeFileSync(join(dir, 'docs', 'aipm', '.old.md.aipm-bak-4242-deadbeef'), 'left by a killed run\n');
    expect((await call(render, { cwd: dir, packet: true, html: true })).code).toBe(0);
    expect(readdirSync(join(dir, 'docs', 'aipm')).filter((n) => n.startsWith('.') || n === 'old.md')).toEqual([]);
    expect((await call(render, { cwd: dir, packet: true, html: true, check: true })).code).toBe(0);
  });

  it('a rename killed while replacing files is finished by running it again', async () => {
    const done = copy();
    expect((await call(rename, { cwd: done, from: 'M-TOP1-ACC', to: 'M-TOP1' })).code).toBe(0);
    const renamed = readTree(join(done, 'specs'));
    // The state a kill leaves half-way: every new file staged beside the old, the journal written,
    // the first two renamed into place.
    const dir = copy();
    const changed = Object.keys(renamed).filter((f) => renamed[f] !== readFileSync(join(dir, 'specs', f), 'utf8')).sort();
    expect(changed.length).toBeGreaterThan(2);
    const writes = changed.map((f, i) => {
      const temp = join('specs', `.${f}.aipm-tmp-4242-${i.toString(16).padStart(8, '0')}`);
      writeFileSync(join(dir, temp), renamed[f]!);
      return [temp, join('specs', f)];
    });
    mkdirSync(join(dir, '.aipm'), { recursive: true });
    writeFileSync(join(dir, JOURNAL), JSON.stringify({ writes, remove: [], what: { command: 'rename', from: 'M-TOP1-ACC', to: 'M-TOP1' } }));
    for (const [temp, file] of writes.slice(0, 2)) renameSync(join(dir, temp!), join(dir, file!));
    const r = await call(rename, { cwd: dir, from: 'M-TOP1-ACC', to: 'M-TOP1' });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/renamed `M-TOP1-ACC` to `M-TOP1`/);
    expect(readTree(join(dir, 'specs'))).toEqual(renamed);
    expect(existsSync(join(dir, JOURNAL))).toBe(false);
  });

  it('a journal planted in a pull request writes nothing outside the specs and documents, and nothing that is not aipm\'s own temporary file', async () => {
    const dir = copy();
    const away = mkdtempSync(join(tmpdir(), 'aipm-outside-'));
    writeFileSync(join(away, 'target'), 'keep\n');
    writeFileSync(join(dir, 'specs', 'payload.txt'), 'evil\n');
    writeFileSync(join(dir, '.aipm.yaml.aipm-tmp-1-deadbeef'), 'evil\n');
    mkdirSync(join(dir, '.aipm'), { recursive: true });
    writeFileSync(join(dir, JOURNAL), JSON.stringify({ writes: [['specs/payload.txt', join(away, 'target')], ['specs/payload.txt', 'specs/metrics.yaml'], ['.aipm.yaml.aipm-tmp-1-deadbeef', 'aipm.yaml']] }));
    const before = readTree(dir);
    await call(fix, { cwd: dir, today: TODAY });
    expect(readFileSync(join(away, 'target'), 'utf8')).toBe('keep\n');
    expect(readFileSync(join(dir, METRICS), 'utf8')).toBe(before[METRICS]);
    expect(readFileSync(join(dir, 'aipm.yaml'), 'utf8')).toBe(before['aipm.yaml']);
    expect(existsSync(join(dir, JOURNAL))).toBe(false);
  });
});
