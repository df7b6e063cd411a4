import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain } from '../src/commands/explain.js';
import { fix } from '../src/commands/fix.js';
import { init } from '../src/commands/init.js';
import { newSpec } from '../src/commands/new.js';
import { rename } from '../src/commands/rename.js';
import { schema } from '../src/commands/schema.js';
import { validate } from '../src/commands/validate.js';
import { checkSpecs } from '../src/rules/run.js';
import { parseYamlBytes } from '../src/yaml/parse.js';
import { call, check, edit, exampleSpecs, lineOf, readTree, EN_EXAMPLE, ROOT, ZH_EXAMPLE, TODAY } from './helpers.js';

const en = exampleSpecs(EN_EXAMPLE);
const zh = exampleSpecs(ZH_EXAMPLE);

/** Checks a file set whose files are given as bytes (for encodings) or text. */
function checkBytes(files: Record<string, string | Uint8Array>, lang: 'en' | 'zh' = 'en') {
  const specs = Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1)).map(([file, content]) => ({ file, parsed: parseYamlBytes(typeof content === 'string' ? new TextEncoder().encode(content) : content) }));
  return checkSpecs(specs, { lang, today: TODAY }).findings;
}

interface Mistake {
  name: string;
  file: string;
  planted: Record<string, string>;
  line: (text: string) => number;
  col: number;
  en: RegExp;
  zh: RegExp;
}

const R = 'specs/requirements.yaml';
const M = 'specs/milestones.yaml';
const mistakes: Mistake[] = [
  { name: 'a tab in the indentation', file: R, planted: edit(en, R, /\n    owner: Tom Becker/, '\n\towner: Tom Becker'), line: (t) => lineOf(t, '\towner'), col: 1, en: /^this line is indented with a tab: indent with spaces, not tabs$/, zh: /^这一行用 Tab 缩进：请用空格缩进，不要用 Tab$/ },
  { name: 'an unquoted ": " inside a value', file: R, planted: edit(en, R, 'title: Classify damage severity', 'title: Legal says: damage severity'), line: (t) => lineOf(t, 'Legal says'), col: 12, en: /^the value of `title` holds ": ".*put the value in quotes, as in title: "Legal says: damage severity from claim photos"$/, zh: /^`title` 的值里有“: ”.*请给值加引号/ },
  { name: 'a "," inside {…} that splits a value', file: 'specs/data-feasibility.yaml', planted: edit(en, 'specs/data-feasibility.yaml', '{scenario: daylight, covered: true}', '{scenario: daylight, 4,000 photos, covered: true}'), line: (t) => lineOf(t, 'daylight, 4,000'), col: 20, en: /^a "," inside \{…\} ended the value of `scenario` early.*as in scenario: "daylight, 4,000 photos"$/, zh: /^\{…\} 里的“,”提前结束了 `scenario` 的值/ },
  { name: 'a merge key', file: R, planted: edit(en, R, 'requirements:\n  - id: REQ-DAMAGE-CLASS', 'x-base: &base {owner: Tom}\nrequirements:\n  - <<: *base\n    id: REQ-DAMAGE-CLASS'), line: (t) => lineOf(t, '<<'), col: 5, en: /^merge keys \(`<<`\) are not supported: write the fields out$/, zh: /^不支持合并键/ },
  { name: 'a number in quotes', file: M, planted: edit(en, M, '    buffer_days: 4\n', '    buffer_days: "4"\n'), line: (t) => lineOf(t, 'buffer_days: "4"'), col: 18, en: /^`"4"` is text, but a number belongs here: remove the quotes$/, zh: /^`"4"` 是文本，这里需要数字：请去掉引号$/ },
  { name: 'a number where text belongs', file: R, planted: edit(en, R, '    owner: Tom Becker', '    owner: 2026'), line: (t) => lineOf(t, 'owner: 2026'), col: 12, en: /^2026 is a number, but text belongs here: put it in quotes$/, zh: /^2026 是数字，这里需要文本：请加上引号$/ },
  { name: 'an enum value in the wrong case (p0)', file: R, planted: edit(en, R, '    priority: P0', '    priority: p0'), line: (t) => lineOf(t, 'priority: p0'), col: 15, en: /did you mean `P0`\?$/, zh: /是不是想写 `P0`？$/ },
  { name: 'an enum value with a space for a dash (in progress)', file: M, planted: edit(en, M, '    status: in-progress', '    status: in progress'), line: (t) => lineOf(t, 'status: in progress'), col: 13, en: /did you mean `in-progress`\?$/, zh: /`in-progress`/ },
  { name: 'an enum value that is part of one (review)', file: 'specs/compliance.yaml', planted: edit(en, 'specs/compliance.yaml', 'status: approved', 'status: review'), line: (t) => lineOf(t, 'status: review'), col: 9, en: /did you mean `in-review`\?$/, zh: /`in-review`/ },
  { name: 'an aipm-ignore comment with no rule', file: 'specs/review.yaml', planted: edit(en, 'specs/review.yaml', '  - id: D-HUMAN-SEVERE', '  # aipm-ignore: decided at the board\n  - id: D-HUMAN-SEVERE'), line: (t) => lineOf(t, '# aipm-ignore'), col: 3, en: /^this `# aipm-ignore` comment names no rule/, zh: /^这条 `# aipm-ignore` 注释没有写规则/ },
];

describe('one clear finding per everyday mistake, in both languages, and nothing in other files', () => {
  for (const m of mistakes) {
    it(m.name, () => {
      for (const lang of ['en', 'zh'] as const) {
        const findings = check(m.planted, { lang });
        expect(findings, lang).toEqual([expect.objectContaining({ file: m.file, line: m.line(m.planted[m.file]!), col: m.col, message: expect.stringMatching(m[lang]) })]);
      }
    });
  }

  it('a file saved as UTF-16 (with or without a byte order mark) or with invalid bytes: one finding, its ids still resolve', () => {
    const text = en['specs/metrics.yaml']!;
    const utf16 = (bom: boolean) => {
      const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
      if (bom) out.set([0xff, 0xfe]);
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        out[(bom ? 2 : 0) + i * 2] = c & 0xff;
        out[(bom ? 2 : 0) + i * 2 + 1] = c >> 8;
      }
      return out;
    };
    const invalid = new TextEncoder().encode(text);
    invalid[40] = 0xff;
    for (const [bytes, encoding] of [[utf16(true), 'UTF-16'], [utf16(false), 'UTF-16'], [invalid, 'invalid UTF-8']] as const) {
      const findings = checkBytes({ ...en, 'specs/metrics.yaml': bytes });
      expect(findings).toEqual([expect.objectContaining({ rule: 'yaml-syntax', file: 'specs/metrics.yaml', line: 1, col: 1, message: `this file is not saved as UTF-8 (${encoding}): save it as UTF-8 in your editor` })]);
      expect(checkBytes({ ...en, 'specs/metrics.yaml': bytes }, 'zh')[0]!.message).toBe(`这个文件不是 UTF-8 编码（${encoding}）：请在编辑器中另存为 UTF-8`);
    }
  });

  it('the UTF-16 file never reaches the terminal as raw bytes', async () => {
    const dir = copy(EN_EXAMPLE);
    const text = readFileSync(join(dir, 'specs/metrics.yaml'), 'utf8');
    writeFileSync(join(dir, 'specs/metrics.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const r = await validate({ cwd: dir, today: TODAY, env: {} });
    expect(r.stdout).not.toContain('\u0000');
    expect(r.stdout.split('\n').filter((l) => /^specs\/.* error /.test(l))).toHaveLength(1);
  });

  it('a file with old Mac line ends (CR only) reads as lines', () => {
    expect(check({ ...en, [R]: en[R]!.replace(/\n/g, '\r') })).toEqual([]);
  });

  it('a list item whose `- ` became a comment gives one finding, not one per repeated key', () => {
    // Found by the property test below (seed 1343413858): `  - id: MS-EVAL` turned into `  # id: MS-EVAL`
    // merges two milestones into one mapping that repeats all of the second's keys.
    const files = { ...en };
    const name = 'specs/milestones.yaml';
    files[name] = files[name]!.replace('  - id: MS-EVAL', '  # id: MS-EVAL');
    const findings = check(files);
    expect(findings.map((f) => `${f.file} ${f.rule}`)).toEqual([`${name} yaml-syntax`]);
    expect(findings[0]!.message).toMatch(/`name`/);
  });

  it('random edits that break one file\'s YAML give no finding in any other file', () => {
    const workspaces = [en, zh];
    fc.assert(
      fc.property(fc.nat(1), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('\t', ':', '"', '[', '{', '- ', '  ', '}', "'", '&', '*', '#', '\n  x: [', '|'), (w, f, at, ch) => {
          const files = { ...workspaces[w]! };
          const names = Object.keys(files).sort();
          const name = names[f % names.length]!;
          const text = files[name]!;
          const i = Math.floor(at * text.length);
          files[name] = text.slice(0, i) + ch + text.slice(i + 1);
          const findings = check(files);
          if (!findings.some((x) => x.file === name && x.rule === 'yaml-syntax')) return;
          expect(findings.filter((x) => x.file !== name)).toEqual([]);
          expect(findings.filter((x) => x.rule === 'yaml-syntax')).toHaveLength(1);
        }),
      { numRuns: Number(process.env.AIPM_PROPERTY_RUNS ?? 200) },
    );
  });
});

function copy(example: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'aipm-mistakes-'));
  cpSync(example, dir, { recursive: true });
  return dir;
}

describe('aipm fix', () => {
  /** Every fixable mistake planted in a copy of an example. */
  const plant = (dir: string, zhExample: boolean) => {
    const at = (f: string) => join(dir, 'specs', f);
    const change = (f: string, from: string | RegExp, to: string | ((match: string, ...groups: string[]) => string)) => {
      const before = readFileSync(at(f), 'utf8');
      const after = typeof to === 'string' ? before.replace(from, to) : before.replace(from, to);
      expect(after, `${f}: ${String(from)}`).not.toBe(before);
      writeFileSync(at(f), after);
    };
    change('requirements.yaml', /\n    priority: P0/, '\n    prioritty: p0');
    change('milestones.yaml', /    buffer_days: (\d+)\n/, '    buffer_days: "$1"\n');
    change('milestones.yaml', '    status: in-progress', '    status: In Progress');
    change('evaluation.yaml', /^decision: (\w+)$/m, (_, d) => `decision: ${d![0]!.toUpperCase()}${d!.slice(1)}`);
    change('metrics.yaml', /\n    owner: (.+)\n    definition/, '\n\towner: $1\n    definition');
    change('review.yaml', /\n    decision: /, '\n    decison: ');
    void zhExample;
  };

  for (const example of [EN_EXAMPLE, ZH_EXAMPLE]) {
    it(`${example.split('/').at(-1)}: with every fixable mistake planted, fix gives back the example byte for byte`, async () => {
      const dir = copy(example);
      plant(dir, example === ZH_EXAMPLE);
      const dry = await fix({ cwd: dir, dryRun: true, today: TODAY, env: {} });
      expect(dry.stdout).toContain('--- specs/requirements.yaml');
      expect(dry.stdout).toContain('+    priority: P0');
      expect(readTree(join(dir, 'specs'))).not.toEqual(readTree(join(example, 'specs'))); // --dry-run wrote nothing
      const r = await fix({ cwd: dir, today: TODAY, env: {} });
      expect(r.exitCode).toBe(0);
      expect(r.stdout.split('\n').filter((l) => /^(fixed|已修复) /.test(l)).length).toBeGreaterThanOrEqual(6);
      expect(readTree(join(dir, 'specs'))).toEqual(readTree(join(example, 'specs')));
    });
  }

  it('quotes a value YAML split, and leaves alone a file it cannot make parse', async () => {
    const dir = copy(EN_EXAMPLE);
    const req = join(dir, 'specs/requirements.yaml');
    writeFileSync(req, readFileSync(req, 'utf8').replace('title: Classify damage severity from claim photos', 'title: Legal says: classify'));
    const broken = join(dir, 'specs/review.yaml');
    const brokenText = `${readFileSync(broken, 'utf8')}\nfocus: [unclosed\n`;
    writeFileSync(broken, brokenText);
    const r = await fix({ cwd: dir, today: TODAY, env: {} });
    expect(readFileSync(req, 'utf8')).toContain('title: "Legal says: classify"');
    expect(readFileSync(broken, 'utf8')).toBe(brokenText);
    expect(r.stdout).toContain('not fixed: specs/review.yaml does not parse even after the safe fixes');
    expect(r.exitCode).toBe(1);
  });
});

describe('aipm rename', () => {
  it('renames the definition and every reference, keeps everything else, and round-trips', async () => {
    const dir = copy(EN_EXAMPLE);
    const before = readTree(join(dir, 'specs'));
    const r = await rename({ cwd: dir, from: 'M-TOP1-ACC', to: 'M-ACCURACY' });
    expect(r.stdout.split('\n')[0]).toBe('renamed `M-TOP1-ACC` to `M-ACCURACY`: its definition and 10 references in 5 files');
    const after = readTree(join(dir, 'specs'));
    expect(Object.values(after).join()).not.toContain('M-TOP1-ACC');
    expect((await validate({ cwd: dir, today: TODAY, env: {} })).exitCode).toBe(0);
    for (const [f, text] of Object.entries(after)) expect(text.split('\n').length, f).toBe(before[f]!.split('\n').length);
    await rename({ cwd: dir, from: 'M-ACCURACY', to: 'M-TOP1-ACC' });
    expect(readTree(join(dir, 'specs'))).toEqual(before);
  });

  it('refuses an unknown, invalid or taken id (exit 2)', async () => {
    const dir = copy(ZH_EXAMPLE);
    expect(await call(rename, { cwd: dir, from: 'M-ETA-MAX', to: 'M-X' })).toMatchObject({ code: 2, stderr: 'aipm: 工作区中没有 id `M-ETA-MAX`；是不是想写 `M-ETA-MAE`？\n' });
    expect((await call(rename, { cwd: dir, from: 'M-ETA-MAE', to: '9x' })).code).toBe(2);
    expect(await call(rename, { cwd: dir, from: 'M-ETA-MAE', to: 'M-API-P95' })).toMatchObject({ code: 2, stderr: expect.stringContaining('M-API-P95') });
    expect(readTree(join(dir, 'specs'))).toEqual(readTree(join(ZH_EXAMPLE, 'specs')));
  });
});

describe('the command line\'s own mistakes', () => {
  it('a bad AIPM_TODAY names the variable', async () => {
    expect((await call(validate, { cwd: EN_EXAMPLE }, { AIPM_TODAY: 'garbage' })).stderr).toBe('aipm: the environment variable AIPM_TODAY must be a real date YYYY-MM-DD, got `garbage`\n');
  });

  it('schema --check tells missing from stale and says what to run', async () => {
    const dir = copy(EN_EXAMPLE);
    writeFileSync(join(dir, '.aipm/schemas/metrics.json'), '{}\n');
    rmSync(join(dir, '.aipm/schemas/review.json'));
    const r = await call(schema, { cwd: dir, check: true });
    expect(r.code).toBe(1);
    // metrics.json holds what aipm did not write ({}), so the command to run needs --force.
    expect(r.stdout).toBe('out of date: .aipm/schemas/metrics.json\nmissing:     .aipm/schemas/review.json\nrun `aipm schema --force` to write them\n');
  });

  it('new --file stays in the specs folder, with a .yaml name', async () => {
    const dir = copy(EN_EXAMPLE);
    expect(await call(newSpec, { cwd: dir, kind: 'review', file: '../outside.yaml' })).toMatchObject({ code: 2, stderr: expect.stringContaining('is outside the specs folder specs') });
    expect((await call(newSpec, { cwd: dir, kind: 'review', file: 'aipm.yaml', force: true })).code).toBe(2);
    expect(await call(newSpec, { cwd: dir, kind: 'review', file: 'specs/notes.txt' })).toMatchObject({ code: 2, stderr: expect.stringContaining('does not end in .yaml') });
    expect((await call(newSpec, { cwd: dir, kind: 'review', file: 'specs/reviews/r2.yaml' })).code).toBe(0);
    expect(readFileSync(join(dir, 'aipm.yaml'), 'utf8')).toBe(readFileSync(join(EN_EXAMPLE, 'aipm.yaml'), 'utf8'));
  });

  it('new evaluation points at a model metric and leaves no placeholder value, which validate notes', async () => {
    const dir = copy(ZH_EXAMPLE);
    expect((await call(newSpec, { cwd: dir, kind: 'evaluation' })).code).toBe(0);
    const text = readFileSync(join(dir, 'specs/evaluation-2.yaml'), 'utf8');
    expect(text).toContain('results: []');
    expect(text).toContain('#  - metric: M-ETA-MAE');
    const v = await call(validate, { cwd: dir });
    expect(v.stdout).toMatch(/specs\/evaluation-2\.yaml:\d+:\d+ warning 评估 `EV-1` 没有报告任何结果/);
  });
});

describe('explaining the built-in checks, and the blank starter', () => {
  it('aipm explain covers yaml-syntax, schema, reference and duplicate-id', async () => {
    for (const id of ['yaml-syntax', 'schema', 'reference', 'duplicate-id']) {
      const r = await call(explain, { cwd: ROOT, rule: id, lang: 'en' });
      expect(r.code, id).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^${id} — .+\\nDefault severity: error\\n\\nWhat it checks:\\n  .+\\n\\nWhy:\\n  .+\\n\\nHow to fix:\\n  .+\\n$`));
    }
    expect((await call(explain, { cwd: ROOT, rule: 'schema', lang: 'zh' })).stdout).toContain('每个文件符合其类型的结构');
  });

  it('the blank starter\'s commented examples uncomment into a workspace that validates clean', async () => {
    for (const lang of ['en', 'zh']) {
      const dir = mkdtempSync(join(tmpdir(), 'aipm-blank-'));
      expect((await call(init, { cwd: ROOT, dir, yes: true, type: 'blank', lang, name: 'X', owner: 'o', interactive: false })).code).toBe(0);
      for (const [path, text] of Object.entries(readTree(join(dir, 'specs')))) {
        // Uncommenting: the `#` goes from every commented item line and commented key; and the
        // prose marked for replacing (`"<what the model receives>"`) is written, as a PM would.
        writeFileSync(join(dir, 'specs', path), text.replace(/^#(?=  |[a-z_]+:)/gm, '').replace(/"<([^<>"\n]+)>"/g, '"$1"'));
      }
      const after = readTree(join(dir, 'specs'));
      expect(Object.values(after).join('\n')).toMatch(/^  - id: REQ-1$/m);
      expect(await call(validate, { cwd: dir, strict: true })).toMatchObject({ code: 0, stdout: lang === 'en' ? 'no problems in 5 files\n' : '5 个文件，没有发现问题\n' });
    }
  });
});
