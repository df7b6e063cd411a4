import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rename } from '../src/commands/rename.js';
import { EN_EXAMPLE, ROOT, ZH_EXAMPLE, call, readTree, writeWorkspace } from './helpers.js';

/** Every `file:line:col` where `id` stands as a whole word in the specs (what a rename must list). */
function placesOf(dir: string, id: string, files: string[]): string[] {
  const places: string[] = [];
  for (const file of files) {
    readFileSync(join(dir, file), 'utf8').split('\n').forEach((text, i) => {
      // Free text that mentions the id (an exit criterion) is not a reference and stays as written.
      if (text.includes('exit_criteria:')) return;
      for (const m of text.matchAll(new RegExp(`(?<![\\w-])${id}(?![\\w-])`, 'g'))) places.push(`${file}:${i + 1}:${m.index + 1}`);
    });
  }
  return places;
}

describe('aipm rename lists every place it changed, once, in file and line order', () => {
  it.each([
    ['en, a metric its experiments report', EN_EXAMPLE, 'M-TOP1-ACC', 'M-TOP1'],
    ['zh, a metric three experiments report', ZH_EXAMPLE, 'M-ETA-MAE', 'M-ETA-ERR'],
    ['en, an experiment', EN_EXAMPLE, 'EXP-RESNET', 'EXP-R50'],
    ['en, defined on line 9 and named on line 27 of one file', EN_EXAMPLE, 'BM-CYCLE-TIME', 'BM-CYCLE'],
  ])('%s', async (_, example, from, to) => {
    const dir = writeWorkspace(readTree(example));
    const specs = Object.keys(readTree(join(dir, 'specs'))).filter((f) => f.endsWith('.yaml')).map((f) => `specs/${f}`).sort();
    const expected = placesOf(dir, from, specs);
    const r = await call(rename, { cwd: dir, from, to });
    expect(r.code).toBe(0);
    const [summary, ...listed] = r.stdout.trimEnd().split('\n');
    expect(listed.map((l) => l.trim())).toEqual(expected);
    expect(summary).toContain(String(expected.length - 1));
    expect(placesOf(dir, to, specs)).toEqual(expected);
  });

  it('an organisation metric, renamed across the products that extend it: each place once, file by file in line order', async () => {
    const dir = writeWorkspace({ '.git/HEAD': '', ...readTree(join(ROOT, 'examples', 'monorepo')) });
    const files = ['org.yaml', ...Object.keys(readTree(dir)).filter((f) => /^[^/]+\/specs\/[^/]+\.yaml$/.test(f))].sort();
    const expected = placesOf(dir, 'M-COMPLAINT-RATE', files);
    const r = await call(rename, { cwd: dir, from: 'M-COMPLAINT-RATE', to: 'M-COMPLAINTS' });
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').slice(1).map((l) => l.trim())).toEqual(expected);
    expect(placesOf(dir, 'M-COMPLAINTS', files)).toEqual(expected);
  });
});
