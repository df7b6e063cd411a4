import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../src/commands/validate.js';
import { VERSION } from '../src/version.js';
import { checkFileSchema } from '../src/check/schema.js';
import type { CheckMemo } from '../src/model/types.js';
import { openCache, sealCache } from '../src/workspace/cache.js';
import { parseYaml } from '../src/yaml/parse.js';
import { EN_EXAMPLE, TODAY, ZH_EXAMPLE, readTree, writeWorkspace } from './helpers.js';

// `validate --cache`: an unchanged file is not parsed again, and no cache — stale, corrupt, forged,
// from another aipm, unwritable — ever changes what validate reports.

function setup(example = EN_EXAMPLE) {
  const dir = writeWorkspace(readTree(example));
  const home = mkdtempSync(join(tmpdir(), 'aipm-home-'));
  const env = { XDG_CACHE_HOME: home };
  const run = async (cache = true) => {
    const { exitCode, stdout } = await validate({ cwd: dir, cache, format: 'json', today: TODAY, env });
    return { exitCode, findings: JSON.parse(stdout).findings as { rule: string; file: string; line: number; col: number; message: string }[] };
  };
  const cacheFile = join(dir, '.aipm', 'cache', 'parse.json');
  const keyFile = join(home, 'aipm', 'cache-key');
  return { dir, home, env, run, cacheFile, keyFile };
}

/** A cache file as aipm writes one, from its body (kept reports, then parses, a line each). */
function signed(key: Buffer, body: string, version = VERSION): string {
  const [results, parses] = body.split('\n');
  return sealCache(key, results!, parses ?? '', version);
}

/** A cache body (kept reports, then parses, a line each) whose every parse is replaced (same file hashes), with no kept reports. */
function forge(cacheText: string, value: (hash: string) => unknown): string {
  const parses = JSON.parse(cacheText.split('\n')[2]!) as Record<string, unknown>;
  return `{}\n${JSON.stringify(Object.fromEntries(Object.keys(parses).map((h) => [h, { v: value(h) }])))}`;
}

const target = 'specs/metrics.yaml';
/** A schema mistake in a file that still parses: a layer no metric can have. */
function breakLayer(text: string): string {
  const next = text.replace('layer: business', 'layer: sideways');
  if (next === text) throw new Error('no layer to break');
  return next;
}

describe('validate --cache', () => {
  it('gives the same report cold and warm, for both examples, and the second run reads the cache', async () => {
    for (const example of [EN_EXAMPLE, ZH_EXAMPLE]) {
      const { run, cacheFile } = setup(example);
      const plain = await run(false);
      expect(existsSync(cacheFile)).toBe(false);
      const cold = await run();
      expect(existsSync(cacheFile)).toBe(true);
      const warm = await run();
      expect(cold).toEqual(plain);
      expect(warm).toEqual(plain);
    }
  });

  it('places findings in unchanged files exactly as a fresh parse does', async () => {
    const { dir, run } = setup();
    // A mistake the schema finds, in a file that parses cleanly: it is cached, and its finding needs a position.
    const file = join(dir, target);
    writeFileSync(file, breakLayer(readFileSync(file, 'utf8')));
    const fresh = await run(false);
    expect(fresh.findings.some((f) => f.file === target && f.rule === 'schema')).toBe(true);
    await run();
    expect(await run()).toEqual(fresh);
  });

  it('sees a changed file at once (stale entries are never used)', async () => {
    const { dir, run } = setup();
    expect((await run()).findings).toEqual([]);
    const file = join(dir, target);
    writeFileSync(file, breakLayer(readFileSync(file, 'utf8')));
    const after = await run();
    expect(after.exitCode).toBe(1);
    expect(after.findings.map((f) => [f.file, f.rule])).toEqual([[target, 'schema']]);
    expect(after).toEqual(await run(false));
  });

  it('ignores and rebuilds a corrupt cache', async () => {
    const { run, cacheFile, keyFile } = setup();
    const clean = await run();
    for (const junk of ['', 'not a cache', '{"a":1}', '\n\n\n', signed(readFileSync(keyFile), '{"truncated": ')]) {
      writeFileSync(cacheFile, junk);
      expect(await run()).toEqual(clean);
      // Rebuilt: signed with this user's key again.
      expect(readFileSync(cacheFile, 'utf8')).toMatch(/^[0-9a-f]{64} [0-9a-f]{64}\n\{.*\}\n\{/);
    }
  });

  it('does not believe a cache it did not sign: a committed one, or one from another user', async () => {
    const { dir, run, cacheFile } = setup();
    const file = join(dir, target);
    writeFileSync(file, breakLayer(readFileSync(file, 'utf8')));
    const truth = await run(false);
    await run();
    // Someone rewrites every cached value to a document with no mistakes, keeping the file's hash.
    const forged = forge(readFileSync(cacheFile, 'utf8'), () => ({ kind: 'glossary' }));
    for (const text of [`${'0'.repeat(64)} ${'0'.repeat(64)}\n${forged}`, signed(Buffer.alloc(32, 7), forged)]) {
      writeFileSync(cacheFile, text);
      expect(await run()).toEqual(truth);
    }
    // Each part is signed on its own: parses swapped in under the real signatures are not believed either.
    await run();
    const [macs, results] = readFileSync(cacheFile, 'utf8').split('\n');
    writeFileSync(cacheFile, `${macs}\n{}\n${forged.split('\n')[1]}`);
    expect(await run()).toEqual(truth);
    writeFileSync(cacheFile, `${macs}\n${results}\n${forged.split('\n')[1]}`);
    expect(await run()).toEqual(truth);
  });

  it('reads a cache signed with the key but written by another aipm version as no cache', async () => {
    const { run, cacheFile, keyFile } = setup();
    const truth = await run(false);
    await run();
    const key = readFileSync(keyFile);
    const poisoned = forge(readFileSync(cacheFile, 'utf8'), () => 'not a mapping');
    writeFileSync(cacheFile, signed(key, poisoned, '0.0.0-other'));
    expect(await run()).toEqual(truth);
    // The same body signed for this version is believed: the cache is really what the warm run reads.
    writeFileSync(cacheFile, signed(key, poisoned));
    const believed = await run();
    expect(believed.findings.length).toBeGreaterThan(0);
    expect(believed.findings.every((f) => f.rule === 'schema')).toBe(true);
  });

  it('keeps what the schema gave each file: a run with one file changed checks only that one against its schema', async () => {
    const { dir, run, cacheFile, keyFile } = setup();
    await run();
    // Every clean file's entry holds its data and the schema's output.
    type Doc = { kind?: string; metrics?: { id: string; target?: string }[] };
    const parses = JSON.parse(readFileSync(cacheFile, 'utf8').split('\n')[2]!) as Record<string, { v: Doc; s?: Doc | 1 }>;
    // (`1`: the output is the data itself, as for most files.)
    expect(Object.values(parses).every((e) => e.s !== undefined)).toBe(true);
    expect(Object.values(parses).some((e) => e.s === 1)).toBe(true);
    // The kept output is what the rules read: a signed entry saying the target is 99% fails the evaluation.
    for (const entry of Object.values(parses)) {
      const output: Doc = entry.s === 1 ? structuredClone(entry.v) : entry.s!;
      for (const m of output.metrics ?? []) if (m.id === 'M-TOP1-ACC') m.target = '>= 99%';
      entry.s = output;
    }
    writeFileSync(cacheFile, signed(readFileSync(keyFile), `{}\n${JSON.stringify(parses)}`));
    expect((await run()).findings.map((f) => f.rule)).toContain('evaluation-consistent');
    // A changed file is checked against its schema again, and the rest stay as kept.
    writeFileSync(cacheFile, 'reset');
    await run();
    const file = join(dir, target);
    writeFileSync(file, breakLayer(readFileSync(file, 'utf8')));
    expect(await run()).toEqual(await run(false));
  });

  it('applies a changed aipm.yaml to cached files (the cache holds parses, not verdicts)', async () => {
    const { dir, run } = setup();
    const file = join(dir, target);
    writeFileSync(file, breakLayer(readFileSync(file, 'utf8')));
    const english = await run();
    const config = join(dir, 'aipm.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace(/^lang: en$/m, 'lang: zh'));
    const chinese = await run();
    expect(chinese).toEqual(await run(false));
    expect(chinese.findings[0]!.message).not.toBe(english.findings[0]!.message);
  });

  it('still validates when the cache cannot be kept: read-only spot, a link out, no home', async () => {
    const { dir, env, run } = setup();
    const truth = await run(false);
    // .aipm/cache is a file: nothing can be written under it.
    mkdirSync(join(dir, '.aipm'), { recursive: true });
    writeFileSync(join(dir, '.aipm', 'cache'), 'in the way');
    expect(await run()).toEqual(truth);
    expect(readFileSync(join(dir, '.aipm', 'cache'), 'utf8')).toBe('in the way');
    // .aipm/cache links out of the workspace: nothing is read from or written there.
    rmSync(join(dir, '.aipm', 'cache'));
    const outside = mkdtempSync(join(tmpdir(), 'aipm-outside-'));
    symlinkSync(outside, join(dir, '.aipm', 'cache'));
    expect(await run()).toEqual(truth);
    expect(readdirSync(outside)).toEqual([]);
    // No place for the key (the cache folder of the user is a file): no cache, same report.
    rmSync(join(dir, '.aipm', 'cache'));
    const noHome = join(tmpdir(), `aipm-nohome-${process.pid}`);
    writeFileSync(noHome, '');
    const { stdout } = await validate({ cwd: dir, cache: true, format: 'json', today: TODAY, env: { ...env, XDG_CACHE_HOME: noHome } });
    expect(JSON.parse(stdout).findings).toEqual(truth.findings);
    expect(existsSync(join(dir, '.aipm', 'cache'))).toBe(false);
  });

  it('does not keep values JSON cannot carry (.inf, .nan, -0), so they stay what YAML says', async () => {
    const { dir, run } = setup();
    const file = join(dir, target);
    // An infinite baseline is a finding of its own; a cache holding JSON's `null` instead would report another one.
    writeFileSync(file, readFileSync(file, 'utf8').replace('baseline: 140', 'baseline: .inf'));
    const truth = await run(false);
    await run();
    expect(await run()).toEqual(truth);
  });

  it('answers a run in which nothing changed with the last report, in every format', async () => {
    const { dir, env, cacheFile, keyFile } = setup();
    const file = join(dir, target);
    writeFileSync(file, breakLayer(readFileSync(file, 'utf8')));
    for (const format of ['stylish', 'json', 'sarif', 'junit', 'github', 'codequality']) {
      const run = (cache: boolean) => validate({ cwd: dir, cache, format, today: TODAY, env: { ...env, GITHUB_STEP_SUMMARY: '' } });
      const plain = await run(false);
      expect(await run(true)).toEqual(plain);
      expect(await run(true)).toEqual(plain);
    }
    // The report really comes from the cache: a kept report, changed and signed by this user, is what prints.
    const text = readFileSync(cacheFile, 'utf8');
    const body = text.slice(text.indexOf('\n') + 1).replace(/must be one of/g, 'CACHED: must be one of');
    writeFileSync(cacheFile, signed(readFileSync(keyFile), body));
    const { stdout } = await validate({ cwd: dir, cache: true, format: 'stylish', today: TODAY, env });
    expect(stdout).toContain('CACHED: must be one of');
  });

  it('checks again when a file is added or removed, the date moves, or other paths are asked for', async () => {
    const { dir, env } = setup();
    const run = async (cache: boolean, today: string, paths: string[] = []) => JSON.parse((await validate({ cwd: dir, cache, format: 'json', today, env, paths })).stdout);
    const cases: [string, string[]][] = [[TODAY, []], ['2027-12-31', []], [TODAY, [target]], [TODAY, ['specs']]];
    for (const [today, paths] of cases) expect(await run(true, today, paths), `${today} ${paths}`).toEqual(await run(false, today, paths));
    // A year on, milestones have slipped: the date is part of what the report depends on.
    expect((await run(true, '2027-12-31')).findings.length).toBeGreaterThan((await run(true, TODAY)).findings.length);
    // A new file with a mistake; then the file gone again.
    const extra = join(dir, 'specs', 'extra.yaml');
    writeFileSync(extra, 'kind: glossary\n');
    const added = await run(true, TODAY);
    expect(added.findings.map((f: { file: string }) => f.file)).toContain('specs/extra.yaml');
    expect(added).toEqual(await run(false, TODAY));
    rmSync(extra);
    expect(await run(true, TODAY)).toEqual(await run(false, TODAY));
  });
});

describe('the incremental layer (validate --cache and the language server)', () => {
  /** Runs the schema stage on one spec file of a workspace through a fresh layer, counting the schema runs and what each was given. */
  async function schemaThrough(dir: string, env: NodeJS.ProcessEnv) {
    const layer = await openCache<never>(dir, env);
    const given: unknown[] = [];
    const counting: CheckMemo = { schemaOutcome: (spec, check) => layer.schemaOutcome(spec, (passed) => (given.push(passed), check(passed))) };
    const spec = { file: target, parsed: layer.parse(readFileSync(join(dir, target)), target) };
    return { layer, given, counting, spec, outcome: () => checkFileSchema(spec, counting) };
  }

  it('runs a parse through its schema once, and for unchanged content in a later run reuses what the schema output', async () => {
    const { dir, env } = setup();
    const first = await schemaThrough(dir, env);
    const outcome = first.outcome();
    expect(outcome.problems).toEqual([]);
    // Asked again for the same parse (the editor re-checking after a keystroke elsewhere): kept.
    expect(first.outcome()).toBe(outcome);
    expect(first.given).toEqual([undefined]);
    await first.layer.save();

    const second = await schemaThrough(dir, env);
    const again = second.outcome();
    expect(second.given).toEqual([outcome.file.doc]);
    expect(again.file.doc).toEqual(outcome.file.doc);
    expect(again.entries.map((e) => e.id)).toEqual(outcome.entries.map((e) => e.id));
  });

  it('keeps nothing on disk without a key to sign it, but still keeps outcomes by parse', async () => {
    const { dir } = setup();
    // A home folder that cannot hold a key: a file where the cache folder would be.
    const home = mkdtempSync(join(tmpdir(), 'aipm-home-'));
    writeFileSync(join(home, 'aipm'), 'not a folder');
    const { layer, outcome, given } = await schemaThrough(dir, { XDG_CACHE_HOME: home });
    expect(outcome()).toBe(outcome());
    expect(given).toEqual([undefined]);
    await layer.save();
    expect(existsSync(join(dir, '.aipm', 'cache'))).toBe(false);
  });

  it('the check itself keeps no state: without a memo, each check runs the schema again', () => {
    const text = readTree(EN_EXAMPLE)[target]!;
    const spec = { file: target, parsed: parseYaml(text) };
    expect(checkFileSchema(spec)).not.toBe(checkFileSchema(spec));
  });
});

describe('the cache key is never kept or read inside the repository (issue 26)', () => {
  it('XDG_CACHE_HOME inside the checkout: a key and a cache a pull request ships are not believed, none is made, and the run says why', async () => {
    const { dir, run, cacheFile } = setup();
    const truth = await run(false);
    // The pull request: a key of its own in the checkout, and a cache it signed that calls everything clean.
    const planted = join(dir, '.ci-cache');
    mkdirSync(join(planted, 'aipm'), { recursive: true });
    const key = Buffer.alloc(32, 7);
    writeFileSync(join(planted, 'aipm', 'cache-key'), key);
    const env = { XDG_CACHE_HOME: planted };
    await validate({ cwd: dir, cache: true, format: 'json', today: TODAY, env: { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'aipm-home-')) } });
    const forged = forge(readFileSync(cacheFile, 'utf8'), () => ({ kind: 'metrics' }));
    writeFileSync(cacheFile, signed(key, forged));
    const r = await validate({ cwd: dir, cache: true, format: 'json', today: TODAY, env });
    expect(JSON.parse(r.stdout).findings).toEqual(truth.findings);
    expect(r.stderr).toBe('aipm: --cache is off for this run: the cache key folder .ci-cache/aipm lies inside the repository being checked (XDG_CACHE_HOME or HOME point into it), where a pull request could plant a key. Point XDG_CACHE_HOME outside the checkout\n');
    // Nothing written with that key either.
    expect(readFileSync(cacheFile, 'utf8')).toBe(signed(key, forged));
  });

  it('HOME inside the repository (a folder above the workspace holding .git): no key made there', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'aipm-repo-'));
    mkdirSync(join(repo, '.git'));
    const dir = join(repo, 'product');
    mkdirSync(dir);
    for (const [path, text] of Object.entries(readTree(EN_EXAMPLE))) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const r = await validate({ cwd: dir, cache: true, format: 'json', today: TODAY, env: { HOME: join(repo, 'home') } });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(/--cache is off for this run: the cache key folder \/.*\/home\/\.cache\/aipm lies inside the repository/);
    expect(existsSync(join(repo, 'home'))).toBe(false);
    expect(existsSync(join(dir, '.aipm', 'cache'))).toBe(false);
  });

  it('a key folder outside the checkout is used as before, silently', async () => {
    const { dir, env } = setup();
    const r = await validate({ cwd: dir, cache: true, format: 'json', today: TODAY, env });
    expect(r.stderr).toBeUndefined();
    expect(existsSync(join(dir, '.aipm', 'cache', 'parse.json'))).toBe(true);
  });
});
