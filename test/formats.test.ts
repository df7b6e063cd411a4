import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';

// A CommonJS module: its class is both the module and its `default`.
const Ajv = AjvDraft04.default;
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { validate } from '../src/commands/validate.js';
import { escapeData, escapeProperty, github, stepSummary } from '../src/report/github.js';
import { SARIF_MAX_RESULTS } from '../src/report/sarif.js';
import { reporters } from '../src/report/index.js';
import type { ValidateResult } from '../src/report/types.js';
import { RULE_IDS, BUILTIN_CHECKS } from '../src/rules/index.js';
import { EN_EXAMPLE, ZH_EXAMPLE, call, readTree, writeWorkspace, TODAY } from './helpers.js';

// The official SARIF 2.1.0 schema (draft-04), as Microsoft's @microsoft/jest-sarif ships it
// (sarif-2.1.0-rtm.5.json, the same definitions as OASIS's sarif-schema-2.1.0.json).
const sarifSchema = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
const validateSarif = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(sarifSchema);

/** A product repo: `.git` at the root, the example (with a few mistakes) in `products/claims`. */
function repoWithExample(editSpecs: (files: Record<string, string>) => void = () => {}): { root: string; cwd: string } {
  const files: Record<string, string> = {};
  for (const [path, text] of Object.entries(readTree(EN_EXAMPLE))) if (!path.startsWith('docs')) files[`products/claims/${path}`] = text;
  const specs = Object.fromEntries(Object.entries(files).filter(([p]) => p.includes('/specs/')).map(([p, t]) => [p.replace('products/claims/', ''), t]));
  editSpecs(specs);
  for (const [p, t] of Object.entries(specs)) files[`products/claims/${p}`] = t;
  const root = writeWorkspace(files);
  mkdirSync(join(root, '.git'));
  return { root, cwd: join(root, 'products', 'claims') };
}

const withMistakes = (files: Record<string, string>) => {
  files['specs/requirements.yaml'] = files['specs/requirements.yaml']!.replace('    priority: P0', '    prioritty: P0');
  files['specs/milestones.yaml'] = files['specs/milestones.yaml']!.replace('Severe-as-minor rate <= 1%]', 'Much better severe recall]');
  files['specs/review.yaml'] = files['specs/review.yaml']!.replace('    owner: Dana Ruiz\n    due: 2026-12-15\n', '').replace('  - id: D-HUMAN-SEVERE', '  # aipm-ignore decision-owned: owned by the claims board\n  - id: D-HUMAN-SEVERE');
};

async function run(cwd: string, format: string, extra: Partial<Parameters<typeof validate>[0]> = {}) {
  return validate({ cwd, format, today: TODAY, env: {}, ...extra });
}

describe('--format sarif', () => {
  it('is valid SARIF 2.1.0 with every rule, repository-relative URIs, regions and suppressions', async () => {
    const { cwd } = repoWithExample(withMistakes);
    const r = await run(cwd, 'sarif');
    const log = JSON.parse(r.stdout);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    // The schema does reject what is not SARIF: a result without a message.
    expect(validateSarif({ ...log, runs: [{ ...log.runs[0], results: [{ ruleId: 'schema' }] }] })).toBe(false);
    expect(r.exitCode).toBe(1);
    const [only] = log.runs;
    expect(log.runs).toHaveLength(1);
    const driver = only.tool.driver;
    expect(driver).toMatchObject({ name: 'aipm', version: expect.any(String) });
    // No link to a page that does not exist: the help is carried whole.
    expect(JSON.stringify(log)).not.toMatch(/https?:\/\/(?!docs\.oasis-open\.org)/);
    expect(driver.rules.map((rule: { id: string }) => rule.id)).toEqual([...BUILTIN_CHECKS, ...RULE_IDS]);
    for (const rule of driver.rules) {
      expect(rule.fullDescription.text.length).toBeLessThanOrEqual(1000);
      expect(rule).toMatchObject({ shortDescription: { text: expect.any(String) }, help: { text: expect.any(String), markdown: expect.any(String) }, defaultConfiguration: { level: expect.stringMatching(/^(error|warning)$/) } });
    }
    const byRule = Object.fromEntries(only.results.map((x: { ruleId: string }) => [x.ruleId, x]));
    expect(byRule.schema).toMatchObject({
      ruleIndex: driver.rules.findIndex((rule: { id: string }) => rule.id === 'schema'),
      level: 'error',
      message: { text: 'unknown key `prioritty`; did you mean `priority`?' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'products/claims/specs/requirements.yaml' }, region: { startLine: 12, startColumn: 5, endLine: 12, endColumn: 14 } } }],
    });
    expect(byRule['decision-owned'].suppressions).toEqual([{ kind: 'inSource', justification: 'owned by the claims board' }]);
    for (const x of only.results) expect(x.locations[0].physicalLocation.artifactLocation.uri).not.toMatch(/^\/|\\|^[A-Za-z]:/);
  });

  it('keeps fingerprints when lines move above a finding', async () => {
    const before = JSON.parse((await run(repoWithExample(withMistakes).cwd, 'sarif')).stdout).runs[0].results;
    const moved = repoWithExample((files) => {
      withMistakes(files);
      for (const f of ['specs/requirements.yaml', 'specs/milestones.yaml', 'specs/review.yaml']) files[f] = files[f]!.replace('version: 1\n', 'version: 1\n# a comment\n# and another\n\n');
    });
    const after = JSON.parse((await run(moved.cwd, 'sarif')).stdout).runs[0].results;
    expect(after.map((x: { locations: { physicalLocation: { region: { startLine: number } } }[] }) => x.locations[0]!.physicalLocation.region.startLine)).not.toEqual(before.map((x: { locations: { physicalLocation: { region: { startLine: number } } }[] }) => x.locations[0]!.physicalLocation.region.startLine));
    const prints = (results: { partialFingerprints: Record<string, string> }[]) => results.map((x) => x.partialFingerprints['aipm/v1']);
    expect(prints(after)).toEqual(prints(before));
    expect(new Set(prints(before)).size).toBe(before.length);
  });

  it(`keeps ${SARIF_MAX_RESULTS} results, errors first, and says so`, () => {
    const finding = (i: number, severity: 'error' | 'warning') => ({ rule: 'schema', severity, file: 'specs/a.yaml', line: i + 1, col: 1, endLine: i + 1, endCol: 2, message: `m${i}`, anchor: `a/${i}` });
    const findings = [...Array.from({ length: 100 }, (_, i) => finding(i, 'warning')), ...Array.from({ length: SARIF_MAX_RESULTS }, (_, i) => finding(i + 100, 'error'))];
    const result: ValidateResult = { version: '0.1.0', lang: 'en', summary: { files: 1, errors: SARIF_MAX_RESULTS, warnings: 100 }, findings, sources: {} };
    const log = JSON.parse(reporters.sarif(result, { color: false }));
    expect(validateSarif(log)).toBe(true);
    expect(log.runs[0].results).toHaveLength(SARIF_MAX_RESULTS);
    expect(log.runs[0].results.every((x: { level: string }) => x.level === 'error')).toBe(true);
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toMatch(/5100 results.*100 were left out \(errors kept first\)/);
  });
});

describe('--format junit', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase', 'failure'].includes(name) });

  it('one testsuite per file, one testcase per rule, a failure per error; counts add up', async () => {
    const { cwd } = repoWithExample(withMistakes);
    const xml = (await run(cwd, 'junit')).stdout;
    const doc = parser.parse(xml).testsuites;
    const suites = doc.testsuite as { name: string; tests: string; failures: string; testcase: { name: string; failure?: unknown[]; 'system-out'?: string }[] }[];
    expect(suites.map((s) => s.name)).toEqual(readTreeNames(cwd));
    const cases = suites.flatMap((s) => s.testcase);
    expect(Number(doc.tests)).toBe(cases.length);
    expect(Number(doc.failures)).toBe(cases.filter((c) => c.failure).length);
    for (const s of suites) {
      expect(Number(s.tests)).toBe(s.testcase.length);
      expect(Number(s.failures)).toBe(s.testcase.filter((c) => c.failure).length);
    }
    const requirements = suites.find((s) => s.name === 'specs/requirements.yaml')!;
    expect(requirements.testcase).toEqual([expect.objectContaining({ name: 'schema', failure: [expect.objectContaining({ message: 'unknown key `prioritty`; did you mean `priority`?' })] })]);
    const review = suites.find((s) => s.name === 'specs/review.yaml')!;
    expect(review.testcase[0]).toMatchObject({ name: 'decision-owned', 'system-out': expect.stringContaining('suppressed (owned by the claims board)') });
    expect(review.testcase[0]!.failure).toBeUndefined();
  });

  it('a clean run is a report of passing tests, not an empty one', async () => {
    const xml = (await run(ZH_EXAMPLE, 'junit')).stdout;
    const doc = parser.parse(xml).testsuites;
    expect(Number(doc.tests)).toBe(9);
    expect(Number(doc.failures)).toBe(0);
    expect(doc.testsuite.every((s: { testcase: { name: string }[] }) => s.testcase.length === 1 && s.testcase[0]!.name === 'aipm')).toBe(true);
  });
});

function readTreeNames(cwd: string): string[] {
  return Object.keys(readTree(join(cwd, 'specs'))).map((p) => `specs/${p}`).sort();
}

describe('--format github', () => {
  it('escapes what GitHub requires in messages and properties', () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    const result: ValidateResult = {
      version: '0.1.0', lang: 'en', summary: { files: 1, errors: 1, warnings: 0 }, sources: {}, repoPrefix: 'apps/x',
      findings: [{ rule: 'schema', severity: 'error', file: 'specs/a,b:c.yaml', line: 2, col: 3, endLine: 2, endCol: 9, message: 'line one\nline two 100%' }],
    };
    expect(github(result, { color: false }).split('\n')[0]).toBe('::error file=apps/x/specs/a%2Cb%3Ac.yaml,line=2,col=3,endLine=2,endColumn=9,title=aipm schema::line one%0Aline two 100%25');
  });

  it('annotates each finding, ends with a summary, and writes the full list to the step summary', async () => {
    const { cwd, root } = repoWithExample(withMistakes);
    const summaryFile = join(root, 'step-summary.md');
    writeFileSync(summaryFile, '# earlier step\n');
    const r = await run(cwd, 'github', { env: { GITHUB_STEP_SUMMARY: summaryFile } });
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::error ')).length).toBe(2);
    expect(lines.some((l) => l.includes('decision-owned'))).toBe(false); // suppressed
    expect(lines.at(-1)).toBe('aipm: 2 errors, 0 warnings in 9 files');
    const summary = readFileSync(summaryFile, 'utf8');
    expect(summary.startsWith('# earlier step\n### aipm validate\n')).toBe(true);
    expect(summary).toContain('| `products/claims/specs/requirements.yaml:12:5` | error | `schema` | unknown key `prioritty`; did you mean `priority`? |');
  });

  it('says when GitHub will not show every annotation', () => {
    const findings = Array.from({ length: 11 }, (_, i) => ({ rule: 'schema', severity: 'error' as const, file: 'a.yaml', line: i + 1, col: 1, endLine: i + 1, endCol: 2, message: `m${i}` }));
    const result: ValidateResult = { version: '0.1.0', lang: 'en', summary: { files: 1, errors: 11, warnings: 0 }, findings, sources: {} };
    expect(github(result, { color: false })).toMatch(/aipm: GitHub shows only 10 annotations of each level per step/);
    expect(stepSummary(result).split('\n').filter((l) => l.startsWith('| `a.yaml')).length).toBe(11);
  });
});

describe('--format codequality', () => {
  it('has GitLab\'s fields, with unique fingerprints', async () => {
    const { cwd } = repoWithExample(withMistakes);
    const issues = JSON.parse((await run(cwd, 'codequality')).stdout) as Record<string, unknown>[];
    expect(issues).toHaveLength(2);
    for (const issue of issues) {
      expect(issue).toMatchObject({ description: expect.any(String), check_name: expect.any(String), fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/), severity: expect.stringMatching(/^(info|minor|major|critical|blocker)$/), location: { path: expect.stringMatching(/^products\/claims\/specs\//), lines: { begin: expect.any(Number) } } });
    }
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
  });
});

describe('--all in a monorepo', () => {
  function monorepo(): string {
    const files: Record<string, string> = {};
    for (const [example, name] of [[EN_EXAMPLE, 'claims'], [ZH_EXAMPLE, 'eta']] as const) {
      for (const [path, text] of Object.entries(readTree(example))) if (!path.startsWith('docs')) files[`${name}/${path}`] = text;
    }
    files['broken/aipm.yaml'] = 'version: 1\nproduct: {id: broken, name: B, owner: o}\nlnag: en\n';
    const root = writeWorkspace(files);
    mkdirSync(join(root, '.git'));
    return root;
  }

  it('checks every product, reports the broken one (exit 2), and sums up per product in its language', async () => {
    const root = monorepo();
    const r = await call(validate, { cwd: root, all: true });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('broken/aipm.yaml: error aipm.yaml is not valid:\nbroken/aipm.yaml:3:1 unknown key `lnag`; did you mean `lang`?');
    expect(r.stdout).toContain('claims/aipm.yaml: no problems in 9 files');
    expect(r.stdout).toContain('eta/aipm.yaml: 9 个文件，没有发现问题');
    const json = JSON.parse((await call(validate, { cwd: root, all: true, format: 'json' })).stdout);
    expect(json.summary).toEqual({ files: 18, errors: 0, warnings: 0 });
    expect(json.products.map((p: { id: string }) => p.id)).toEqual(['broken', 'claim-triage', 'delivery-eta']);
    expect(json.products[0].fatal).toMatchObject({ code: 2, file: 'broken/aipm.yaml', line: 3, col: 1 });
  });

  it('at the root, without --all, points to --all and names the products below, in the environment\'s language', async () => {
    const root = monorepo();
    const en = await call(validate, { cwd: root }, { LANG: 'en_US.UTF-8', LC_ALL: '' });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(`no aipm.yaml in ${root} itself, but 3 products below it (broken, claims, eta): add \`--cwd broken\` to work on one; \`validate\`, \`status\` and \`render\` also take \`--all\` for all of them`);
    const zh = await call(validate, { cwd: root }, { LANG: 'zh_CN.UTF-8', LC_ALL: '' });
    expect(zh.stderr).toContain('其下有 3 个产品（broken, claims, eta）：加 `--cwd broken` 处理其中一个；`validate`、`status`、`render` 也可用 `--all`');
    // From inside a product its own aipm.yaml is found as ever; a folder of no product that is not
    // a repository's root is not searched below: the plain advice.
    expect((await call(validate, { cwd: join(root, 'claims', 'specs') }, { LANG: 'en_US.UTF-8', LC_ALL: '' })).code).toBe(0);
    mkdirSync(join(root, 'notes'));
    expect((await call(validate, { cwd: join(root, 'notes') }, { LANG: 'en_US.UTF-8', LC_ALL: '' })).stderr).toContain('Run `aipm init` to create one.');
  });

  it('speaks for all products in the environment\'s language (--lang, else LANG), never just the first product\'s', async () => {
    const root = monorepo();
    rmSync(join(root, 'broken'), { recursive: true });
    const total = (stdout: string) => stdout.trimEnd().split('\n').at(-1);
    expect(total((await call(validate, { cwd: root, all: true }, { LANG: 'en_US.UTF-8', LC_ALL: '' })).stdout)).toBe('no problems in 18 files');
    expect(total((await call(validate, { cwd: root, all: true }, { LANG: 'zh_CN.UTF-8', LC_ALL: '' })).stdout)).toBe('18 个文件，没有发现问题');
    expect(total((await call(validate, { cwd: root, all: true, lang: 'zh' }, { LANG: 'en_US.UTF-8', LC_ALL: '' })).stdout)).toBe('18 个文件，没有发现问题');
    // Each product's own lines stay in its language.
    expect((await call(validate, { cwd: root, all: true }, { LANG: 'en_US.UTF-8', LC_ALL: '' })).stdout).toContain('eta/aipm.yaml: 9 个文件，没有发现问题');
    expect((await call(validate, { cwd: root, all: true, lang: 'fr' })).stderr).toContain('unknown language `fr`');
  });

  it('--shard k/n: n jobs check each product once, in the order of their folders; bad shards are exit 2', async () => {
    const root = monorepo();
    const checked = async (shard: string) => JSON.parse((await call(validate, { cwd: root, all: true, shard, format: 'json' })).stdout).products.map((p: { id: string; config: string }) => p.config);
    expect(await checked('1/1')).toEqual(['broken/aipm.yaml', 'claims/aipm.yaml', 'eta/aipm.yaml']);
    expect(await checked('1/2')).toEqual(['broken/aipm.yaml', 'eta/aipm.yaml']);
    expect(await checked('2/2')).toEqual(['claims/aipm.yaml']);
    // An empty share is a clean run with nothing in it.
    const empty = await call(validate, { cwd: root, all: true, shard: '5/5', format: 'json' });
    expect(empty.code).toBe(0);
    expect(JSON.parse(empty.stdout).products).toEqual([]);
    for (const shard of ['3/2', '0/0', 'two']) {
      const r = await call(validate, { cwd: root, all: true, shard });
      expect(r.code, shard).toBe(2);
      expect(r.stderr).toContain(`--shard ${shard} is not a share: write k/n with 1 ≤ k ≤ n`);
    }
    const alone = await call(validate, { cwd: join(root, 'claims'), shard: '1/2' });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('--shard 1/2 shares out the products below: use it with --all');
  });

  it('gives one SARIF run per product, each with its automation id', async () => {
    const root = monorepo();
    const log = JSON.parse((await call(validate, { cwd: root, all: true, format: 'sarif' })).stdout);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(log.runs.map((run: { automationDetails: { id: string } }) => run.automationDetails.id)).toEqual(['aipm/broken/', 'aipm/claim-triage/', 'aipm/delivery-eta/']);
    expect(log.runs[0].invocations[0]).toMatchObject({ executionSuccessful: false, toolExecutionNotifications: [{ level: 'error', message: { text: expect.stringContaining('lnag') } }] });
    expect(log.runs[2].tool.driver.rules[0].shortDescription.text).toBe('规格文件是标准 YAML 1.2');
  });
});
