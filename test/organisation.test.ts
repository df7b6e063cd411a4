import { spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { diff } from '../src/commands/diff.js';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../src/commands/validate.js';
import { render } from '../src/commands/render.js';
import { status as statusCommand } from '../src/commands/status.js';
import { rename } from '../src/commands/rename.js';
import { ProductSession } from '../src/lsp/session.js';
import { RULE_IDS } from '../src/rules/index.js';
import { parseYaml } from '../src/yaml/parse.js';
import { lintMarkdown } from './clients.js';
import { call, git, lineOf, readTree, ROOT, TODAY, writeWorkspace } from './helpers.js';

// The organisation file (SPEC: Organisation): extends, what a product inherits, locked rules,
// the bad input, and the example monorepo.

export const ORG = `version: 1
metrics:
  - id: M-LATENCY
    name: P95 latency
    owner: Platform
    definition: P95 time to answer
    unit: ms
    layer: system
    target: "<= 1500 ms"
    red_line: {target: "<= 3000 ms", action: fall back to the rule answer}
required: [M-LATENCY]
locked: [red-line-has-action]
`;

export const METRICS = `kind: metrics
version: 1
title: Metrics
owner: Ann
status: approved
updated: 2026-11-01
metrics:
  - id: M-ACC
    name: Accuracy
    owner: Ann
    definition: share of answers an expert accepts
    unit: "%"
    layer: model
    target: ">= 90%"
  - id: M-SAFE
    name: Harmful answers
    owner: Ann
    definition: share of answers judged harmful
    unit: "%"
    layer: guardrail
    target: "<= 1%"
    guards: [M-ACC, M-LATENCY]
`;

const config = (extra = '', lang = 'en') => `version: 1
product: {id: p, name: P, owner: Ann}
lang: ${lang}
extends: ../org.yaml
${extra}`;

/** A repository holding an organisation file and one product `p` that extends it. */
function repo(files: { org?: string; config?: string; metrics?: string; more?: Record<string, string> } = {}): string {
  return writeWorkspace({
    '.git/HEAD': '',
    'org.yaml': files.org ?? ORG,
    'p/aipm.yaml': files.config ?? config(),
    'p/specs/metrics.yaml': files.metrics ?? METRICS,
    ...files.more,
  });
}

const run = (dir: string, opts: Record<string, unknown> = {}) => call(validate, { cwd: join(dir, 'p'), ...opts });

describe('extends: the organisation file', () => {
  it('a product that extends a good organisation file and names its required metric is clean of org findings', async () => {
    const r = await run(repo());
    expect(r.stdout).not.toMatch(/org-policy|reference|config/);
    expect(r.code).toBe(0);
  });

  it.each([
    ['en', '../../outside.yaml', /aipm\.yaml:4:10 `extends: \.\.\/\.\.\/outside\.yaml` leads outside the git repository/],
    ['zh', '../../outside.yaml', /aipm\.yaml:4:10 `extends: \.\.\/\.\.\/outside\.yaml` 指向了 git 仓库之外/],
    ['en', 'missing.yaml', /aipm\.yaml:4:10 `extends: missing\.yaml`: there is no such file/],
    ['zh', 'missing.yaml', /aipm\.yaml:4:10 `extends: missing\.yaml`：文件不存在/],
    ['en', 'aipm.yaml', /names this aipm\.yaml itself/],
    ['en', '..', /aipm\.yaml:4:10 `extends: \.\.` is a folder: write the path of the organisation file itself/],
    ['zh', '..', /aipm\.yaml:4:10 `extends: \.\.` 是一个文件夹/],
  ])('%s: extends %s is exit 2 at its line', async (lang, path, message) => {
    const dir = repo({ config: config('', lang).replace('../org.yaml', path) });
    const r = await run(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('extends naming a folder, a FIFO or a link out of the repository is exit 2, nothing read', async () => {
    const dir = repo({ config: config().replace('../org.yaml', '..') });
    expect((await run(dir)).stderr).toContain('`extends: ..` is a folder');
    const fifo = repo({ config: config().replace('../org.yaml', '../fifo.yaml') });
    spawnSync('mkfifo', [join(fifo, 'fifo.yaml')]);
    const piped = await run(fifo);
    expect(piped.code).toBe(2);
    expect(piped.stderr).toContain('../fifo.yaml is not a regular file');
    const linked = repo({ config: config().replace('../org.yaml', '../link.yaml') });
    symlinkSync('/etc/passwd', join(linked, 'link.yaml'));
    const r = await run(linked);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('../link.yaml leads outside the workspace');
    expect(r.stderr).not.toContain('root:');
  });

  it('a cycle cannot be written: an organisation file that extends anything (here the product back) is exit 2 saying why', async () => {
    for (const [lang, message] of [['en', /org\.yaml:1:1 an organisation file cannot extend another/], ['zh', /org\.yaml:1:1 组织文件不能再继承另一个组织文件/]] as const) {
      const r = await run(repo({ org: `extends: p/aipm.yaml\n${ORG}`, config: config('', lang) }));
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });

  it('unknown keys, a bad rule id, an unknown required metric and YAML trouble in the organisation file: exit 2 at their lines, in the product\'s language', async () => {
    const cases: [string, string, RegExp][] = [
      [ORG.replace('required:', 'requried:'), 'en', /org\.yaml:11:1 unknown key `requried`; did you mean `required`\?/],
      [ORG.replace('required:', 'requried:'), 'zh', /org\.yaml:11:1 未知的键 `requried`；是不是想写 `required`？/],
      [`${ORG}rules: {milestone-slipt: warn}\n`, 'en', /org\.yaml:13:9 unknown rule `milestone-slipt`; did you mean `milestone-slipped`\?/],
      [ORG.replace('required: [M-LATENCY]', 'required: [M-LATENCE]'), 'en', /org\.yaml:11:12 `M-LATENCE` is no metric of this organisation file; did you mean `M-LATENCY`\?/],
      [ORG.replace('    unit: ms\n', '    unit: ms\n   bad: [\n'), 'en', /org\.yaml:\d+:\d+ /],
      [`${ORG}version: 1\n`, 'zh', /org\.yaml:13:1 /],
    ];
    for (const [org, lang, message] of cases) {
      const r = await run(repo({ org, config: config('', lang) }));
      expect(r.code, String(message)).toBe(2);
      expect(r.stderr).toMatch(lang === 'zh' ? /组织文件/ : /the organisation file aipm\.yaml extends, is not valid/);
      expect(r.stderr).toMatch(message);
    }
  });

  it('a product id used twice below one root is exit 2 for the second (validate --all), naming both', async () => {
    const dir = repo({ more: { 'q/aipm.yaml': config().replace('extends: ../org.yaml\n', ''), 'q/specs/metrics.yaml': METRICS.replace(', M-LATENCY', '') } });
    const r = await call(validate, { cwd: dir, all: true }, { LANG: 'en_US.UTF-8', LC_ALL: '' });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('product id `p` of q/aipm.yaml is already used by p/aipm.yaml');
    // Whatever the shard: the job that holds only the second product still finds the clash.
    const second = await call(validate, { cwd: dir, all: true, shard: '2/2' }, { LANG: 'en_US.UTF-8', LC_ALL: '' });
    expect(second.code).toBe(2);
    expect(second.stdout).toContain('product id `p` of q/aipm.yaml is already used by p/aipm.yaml');
    const first = await call(validate, { cwd: dir, all: true, shard: '1/2' }, { LANG: 'en_US.UTF-8', LC_ALL: '' });
    expect(first.stdout).not.toContain('already used');
    // status --all and render --all say the same of the same product; the other is still reported.
    const status = await call(statusCommand, { cwd: dir, all: true, today: TODAY, width: '200' }, { LANG: 'en_US.UTF-8', LC_ALL: '' });
    expect(status.code).toBe(2);
    expect(status.stdout).toContain('product id `p` of q/aipm.yaml is already used by p/aipm.yaml');
    const rendered = await call(render, { cwd: dir, all: true, today: TODAY }, { LANG: 'en_US.UTF-8', LC_ALL: '' });
    expect(rendered.code).toBe(2);
    expect(rendered.stdout + rendered.stderr).toContain('product id `p` of q/aipm.yaml is already used by p/aipm.yaml');
    expect(readTree(join(dir, 'p'))).toHaveProperty(['docs/aipm/metrics.md']);
    expect(Object.keys(readTree(join(dir, 'q'))).filter((f) => f.startsWith('docs/'))).toEqual([]);
  });
});

describe('the last line of validate --all never reads clean when a product could not be checked', () => {
  const EN = { LANG: 'en_US.UTF-8', LC_ALL: '' };
  it('a broken aipm.yaml below: the counts, then how many products were not checked, in stylish and github', async () => {
    const dir = repo({ more: { 'q/aipm.yaml': 'product: [oops\n', 'q/specs/metrics.yaml': METRICS } });
    const stylish = await call(validate, { cwd: dir, all: true }, EN);
    expect(stylish.code).toBe(2);
    const last = stylish.stdout.trimEnd().split('\n').at(-1)!;
    expect(last).toMatch(/; 1 product could not be checked \(above: why\)$/);
    const github = await call(validate, { cwd: dir, all: true, format: 'github' }, EN);
    expect(github.stdout.trimEnd().split('\n').at(-1)).toMatch(/^aipm: .*; 1 product could not be checked/);
    const zh = await call(validate, { cwd: dir, all: true, lang: 'zh' }, EN);
    expect(zh.stdout.trimEnd().split('\n').at(-1)).toContain('1 个产品未能检查');
  });

  it('a shard names the product it checked, and an empty share says nothing was checked', async () => {
    const dir = repo({ more: { 'q/aipm.yaml': config().replace('id: p', 'id: q'), 'q/specs/metrics.yaml': METRICS } });
    const one = await call(validate, { cwd: dir, all: true, shard: '2/2' }, EN);
    expect(one.stdout).toMatch(/^q\/aipm\.yaml: /m);
    expect(one.stdout).not.toMatch(/^p\/aipm\.yaml: /m);
    const none = await call(validate, { cwd: dir, all: true, shard: '3/3' }, EN);
    expect(none.code).toBe(0);
    expect(none.stdout.trim()).toBe('no products in this share: nothing was checked');
  });
});

describe('inheritance: product over organisation over built-in', () => {
  // milestone-slipped is a warning built in; a vague word the organisation adds.
  const slipped = `kind: milestones
version: 1
title: Plan
owner: Ann
status: approved
updated: 2026-11-01
milestones:
  - id: MS-1
    name: Pilot
    stage: model
    owner: Ann
    start: 2026-01-01
    due: 2026-01-10
    buffer_days: 3
    status: in-progress
    deliverables: [a model]
    acceptance: [M-ACC >= 90%]
`;
  const severityOf = async (orgRules: string, productRules: string) => {
    const dir = repo({ org: `${ORG}${orgRules}`, config: config(productRules), more: { 'p/specs/milestones.yaml': slipped } });
    const r = await run(dir, { format: 'json' });
    const found = (JSON.parse(r.stdout) as { findings: { rule: string; severity: string }[] }).findings.filter((f) => f.rule === 'milestone-slipped');
    return found.map((f) => f.severity).join() || 'off';
  };

  it.each([
    ['', '', 'warning'],
    ['rules: {milestone-slipped: error}\n', '', 'error'],
    ['rules: {milestone-slipped: error}\n', 'rules: {milestone-slipped: warn}\n', 'warning'],
    ['rules: {milestone-slipped: off}\n', '', 'off'],
    ['rules: {milestone-slipped: off}\n', 'rules: {milestone-slipped: error}\n', 'error'],
    ['', 'rules: {milestone-slipped: off}\n', 'off'],
  ])('organisation %j, product %j: %s', async (orgRules, productRules, expected) => {
    expect(await severityOf(orgRules, productRules)).toBe(expected);
  });

  it('vague words: the organisation\'s and the product\'s both count', async () => {
    for (const [text, flagged] of [['a seamless model', true], ['a snappy model', true], ['a plain model', false]] as const) {
      const milestones = slipped.replace('acceptance: [M-ACC >= 90%]', `acceptance: [${text}]`).replace('status: in-progress', 'status: planned').replace('2026-01', '2027-01').replace('2026-01', '2027-01');
      const dir = repo({ org: `${ORG}vague_words: [seamless]\n`, config: config('vague_words: [snappy]\n'), more: { 'p/specs/milestones.yaml': milestones } });
      const r = await run(dir);
      expect(r.stdout.includes('quantified-target'), text).toBe(flagged);
    }
  });

  it('lang: the product\'s own, else the organisation\'s, else en', async () => {
    const noLang = config().replace('lang: en\n', '');
    const broken = METRICS.replace('layer: model', 'layer: modle');
    expect((await run(repo({ org: `${ORG}lang: zh\n`, config: noLang, metrics: broken }))).stdout).toMatch(/必须是以下之一|取值/);
    expect((await run(repo({ org: `${ORG}lang: zh\n`, config: config('', 'en'), metrics: broken }))).stdout).toMatch(/must be one of|expected/);
    expect((await run(repo({ config: noLang, metrics: broken }))).stdout).toMatch(/must be one of|expected/);
  });

  it('catalogues: the organisation\'s are read relative to the organisation file, for every product', async () => {
    // A catalogue with no items: its own finding shows it was read, from beside org.yaml.
    const dir = repo({ org: `${ORG}catalogues: [policies/acme.yaml]\n`, more: { 'policies/acme.yaml': 'id: acme\n' } });
    const r = await run(dir, { format: 'json' });
    expect((JSON.parse(r.stdout) as { findings: { file: string }[] }).findings.map((f) => f.file)).toContain('../policies/acme.yaml');
  });
});

describe('shared metrics', () => {
  const guardrail = `  - id: M-COMPLAINTS
    name: Complaint rate
    owner: Trust
    definition: complaints per served user
    unit: "%"
    layer: guardrail
    target: "<= 1%"
`;
  const org = ORG.replace('required:', `${guardrail}required:`);
  // The product's own guardrail goes: only the organisation's could answer guardrail-present.
  const own = METRICS.replace(/  - id: M-SAFE[^]*$/, '').replace('    target: ">= 90%"\n', '    target: ">= 90%"\n    red_line: {target: ">= 80%", action: roll back}\n');
  const rulesIn = async (metrics: string, orgText = org) => {
    const r = await run(repo({ org: orgText, metrics }), { format: 'json' });
    return (JSON.parse(r.stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule);
  };

  it('an organisation metric nobody references stays out of the plan; referenced, it resolves and joins it', async () => {
    const referencing = (ids: string) => `${own}  - id: M-HARM\n    name: Harm\n    owner: Ann\n    definition: harmful share\n    unit: "%"\n    layer: business\n    target: "<= 1%"\n    supports: [${ids}]\n`;
    // M-LATENCY referenced (required), M-COMPLAINTS not: no guardrail in the plan.
    expect(await rulesIn(referencing('M-LATENCY'))).toContain('guardrail-present');
    // M-COMPLAINTS referenced: no unknown reference, and it is the plan's guardrail.
    const both = await rulesIn(referencing('M-LATENCY, M-COMPLAINTS'));
    expect(both).not.toContain('reference');
    expect(both).not.toContain('guardrail-present');
  });

  it('a required metric joins the plan without a reference (and org-policy asks for one)', async () => {
    const rules = await rulesIn(own, org.replace('required: [M-LATENCY]', 'required: [M-COMPLAINTS]'));
    expect(rules).not.toContain('guardrail-present');
    expect(rules).toContain('org-policy');
  });
});

describe('the editor', () => {
  it('a shared metric referenced in a product resolves, and go-to-definition reaches the organisation file', () => {
    const dir = repo();
    const session = new ProductSession(join(dir, 'p', 'aipm.yaml'), RULE_IDS, 'en');
    session.setConfig(config());
    expect(session.extendsFile).toBe(join(dir, 'org.yaml'));
    session.setOrganisation(ORG, dir);
    session.setFile(join(dir, 'p', 'specs', 'metrics.yaml'), parseYaml(METRICS));
    const { findings, config: problems } = session.check(TODAY);
    expect(problems).toEqual([]);
    expect([...findings.values()].flat().map((f) => f.rule)).not.toContain('reference');
    const place = session.definition(join(dir, 'p', 'specs', 'metrics.yaml'), METRICS.indexOf('M-LATENCY]') + 2, TODAY);
    expect(place?.path).toBe(join(dir, 'org.yaml'));
    expect(ORG.slice(place!.range[0], place!.range[1])).toBe('M-LATENCY');
  });

  it('a bad organisation file is the product\'s problem, as on the command line', () => {
    const dir = repo();
    const session = new ProductSession(join(dir, 'p', 'aipm.yaml'), RULE_IDS, 'en');
    session.setConfig(config());
    session.setOrganisation(`${ORG}bogus: 1\n`, dir);
    expect(session.check(TODAY).config.map((f) => f.message)).toEqual(['unknown key `bogus`']);
  });
});

describe('locked rules: a product may not turn them down', () => {
  it.each([
    ['en', 'rules: {red-line-has-action: off}\n', /aipm\.yaml:5:30 `red-line-has-action: off` turns down a rule the organisation file \.\.\/org\.yaml locks: a product may not\. Remove this line/],
    ['en', 'rules: {red-line-has-action: warn}\n', /`red-line-has-action: warn` turns down a rule the organisation file \.\.\/org\.yaml locks/],
    ['zh', 'rules: {red-line-has-action: off}\n', /`red-line-has-action: off` 调低了组织文件 \.\.\/org\.yaml 锁定的规则/],
    ['en', 'rules: {org-policy: off}\n', /`org-policy` is built in and cannot be turned down/],
  ])('%s %s: exit 2 naming the rule, the organisation file and why', async (lang, rules, message) => {
    const r = await run(repo({ config: config(rules, lang) }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('raising a locked rule, or setting it at its default, is fine', async () => {
    expect((await run(repo({ config: config('rules: {red-line-has-action: error}\n') }))).code).toBe(0);
  });

  it.each([
    ['red-line-has-action', /metrics\.yaml:\d+ `# aipm-ignore red-line-has-action` silences a rule the organisation file \.\.\/org\.yaml locks/],
    ['org-policy', /`# aipm-ignore org-policy`: org-policy is built in and cannot be suppressed/],
  ])('# aipm-ignore %s is exit 2', async (rule, message) => {
    const metrics = METRICS.replace('  - id: M-SAFE', `  # aipm-ignore ${rule}: we know\n  - id: M-SAFE`);
    const r = await run(repo({ metrics }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('aipm rename of an organisation metric', () => {
  const MONO = join(ROOT, 'examples', 'monorepo');
  const copy = () => writeWorkspace({ '.git/HEAD': '', ...readTree(MONO) });
  const grepIn = (dir: string, needle: string) => Object.entries(readTree(dir)).filter(([path, text]) => !path.startsWith('.git') && !path.includes('docs/aipm') && !path.includes('.aipm') && text.includes(needle)).map(([path]) => path).sort();

  it.each([
    ['in one product', 'claims-en'],
    ['in the other', 'eta-zh'],
    ['where the organisation file is', '.'],
  ])('run %s: renamed in the organisation file and every product that extends it, which then validate clean', async (_, where) => {
    const dir = copy();
    const before = grepIn(dir, 'M-COMPLAINT-RATE');
    expect(before).toEqual(['claims-en/specs/launch-plan.yaml', 'eta-zh/specs/launch-plan.yaml', 'org.yaml']);
    const r = await call(rename, { cwd: join(dir, where), from: 'M-COMPLAINT-RATE', to: 'M-COMPLAINTS' });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^(renamed organisation metric `M-COMPLAINT-RATE` to `M-COMPLAINTS`: its definition and 3 references in 3 files, in the organisation file and 2 products that extend it|已将组织指标 `M-COMPLAINT-RATE` 改名为 `M-COMPLAINTS`.*)$/);
    expect(grepIn(dir, 'M-COMPLAINT-RATE')).toEqual([]);
    expect(grepIn(dir, 'M-COMPLAINTS')).toEqual(before);
    const org = readFileSync(join(dir, 'org.yaml'), 'utf8');
    expect(org).toContain('  - id: M-COMPLAINTS\n');
    expect(org).toContain('required: [M-COMPLAINTS, M-P95-LATENCY]');
    expect((await call(validate, { cwd: dir, all: true })).code).toBe(0);
  });

  it('a restated organisation metric is renamed with its references in the product that restates it', async () => {
    const dir = copy();
    const r = await call(rename, { cwd: join(dir, 'claims-en'), from: 'M-P95-LATENCY', to: 'M-LATENCY-P95' });
    expect(r.code).toBe(0);
    expect(grepIn(dir, 'M-P95-LATENCY')).toEqual([]);
    expect(grepIn(dir, 'M-LATENCY-P95')).toContain('claims-en/specs/metrics.yaml');
    expect(grepIn(dir, 'M-LATENCY-P95')).toContain('eta-zh/specs/metrics.yaml');
    expect((await call(validate, { cwd: dir, all: true })).code).toBe(0);
  });

  it('a new id any product already uses is refused, and nothing is written', async () => {
    const dir = copy();
    const r = await call(rename, { cwd: join(dir, 'eta-zh'), from: 'M-COMPLAINT-RATE', to: 'M-TOP1-ACC' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('M-TOP1-ACC');
    expect(r.stderr).toContain('claims-en/aipm.yaml');
    expect(grepIn(dir, 'M-COMPLAINT-RATE')).toHaveLength(3);
  });
});

describe('the example monorepo', () => {
  const MONO = join(ROOT, 'examples', 'monorepo');

  /** The example monorepo in a fresh repository, committed as `base`. */
  function committedMonorepo(): string {
    const dir = writeWorkspace(readTree(MONO));
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'base');
    return dir;
  }

  it('validates clean, strict, in both languages', async () => {
    for (const LANG of ['en_US.UTF-8', 'zh_CN.UTF-8']) {
      const r = await call(validate, { cwd: MONO, all: true, strict: true, format: 'json' }, { LANG, LC_ALL: '' });
      expect(r.code).toBe(0);
      const report = JSON.parse(r.stdout) as { summary: unknown; products: { id: string; fatal?: unknown }[] };
      expect(report.summary).toEqual({ files: 18, errors: 0, warnings: 0 });
      expect(report.products.map((p) => p.id)).toEqual(['claims', 'eta']);
    }
  });

  it('the committed documents and packets of both products are current and pass markdownlint; the metrics document lists the shared metrics too', async () => {
    for (const product of ['claims-en', 'eta-zh']) {
      const r = await call(render, { cwd: join(MONO, product), packet: true, check: true });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const docs = Object.entries(readTree(join(MONO, product, 'docs', 'aipm'))).filter(([name]) => name.endsWith('.md'));
      expect(docs.flatMap(([name, text]) => lintMarkdown(name, text))).toEqual([]);
    }
    const metrics = readFileSync(join(MONO, 'claims-en', 'docs', 'aipm', 'metrics.md'), 'utf8');
    expect(metrics).toContain('| M-COMPLAINT-RATE | AI complaint rate (the organisation\'s) | guardrail | <= 0.5% |');
    expect(metrics).toContain('- **Defined in:** ../org.yaml');
  });

  it('diff and render --since see the shared metrics on both sides: an unchanged one is no change', async () => {
    const dir = committedMonorepo();
    const cwd = join(dir, 'claims-en');
    expect((await call(diff, { cwd, from: 'HEAD', format: 'json' })).stdout).not.toContain('M-COMPLAINT-RATE');
    const packet = () => readFileSync(join(cwd, 'docs', 'aipm', 'packet.md'), 'utf8');
    const times = (text: string) => text.split('M-COMPLAINT-RATE').length;
    await call(render, { cwd, packet: true });
    const without = times(packet());
    await call(render, { cwd, packet: true, since: 'HEAD' });
    expect(times(packet())).toBe(without);
  });

  it('after a rename of an organisation metric, diff reads it as renamed, with no suspect link: each side borrows the organisation file of its revision', async () => {
    const dir = committedMonorepo();
    const cwd = join(dir, 'claims-en');
    expect((await call(rename, { cwd, from: 'M-P95-LATENCY', to: 'M-LATENCY-P95' })).code).toBe(0);
    const r = await call(diff, { cwd, from: 'HEAD' }, { LANG: 'en_US.UTF-8', LC_ALL: '' });
    expect(r.stdout).toContain('renamed M-P95-LATENCY → M-LATENCY-P95');
    expect(r.stdout).not.toMatch(/moved from|M-P95-LATENCY \(.*\) removed|re-check/);
    git(dir, 'commit', '-qam', 'rename');
    // Between two revisions, each side borrows the organisation file as it was then.
    const between = await call(diff, { cwd, from: 'HEAD~1', to: 'HEAD' }, { LANG: 'en_US.UTF-8', LC_ALL: '' });
    expect(between.stdout).toContain('renamed M-P95-LATENCY → M-LATENCY-P95');
    expect(between.stdout).not.toMatch(/moved from|re-check/);
  });

  it('in validate --all, a finding\'s second place is said in its product\'s language, whatever the environment\'s', async () => {
    const files = readTree(MONO);
    files['claims-en/specs/metrics.yaml'] = files['claims-en/specs/metrics.yaml']!.replace('target: "<= 3000 ms"', 'target: "<= 4000 ms"');
    const dir = writeWorkspace({ '.git/HEAD': '', ...files });
    const r = await call(validate, { cwd: dir, all: true }, { LANG: 'zh_CN.UTF-8', LC_ALL: '' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^ {2}see org\.yaml:\d+:\d+: the organisation defines/m);
    expect(r.stdout).not.toMatch(/^ {2}见 /m);
  });

  it('a product that loosens the organisation\'s red line fails with both places named', async () => {
    const files = readTree(MONO);
    const dir = writeWorkspace({ '.git/HEAD': '', ...files });
    const metrics = join(dir, 'claims-en', 'specs', 'metrics.yaml');
    const text = readFileSync(metrics, 'utf8').replace('target: "<= 3000 ms"', 'target: "<= 4000 ms"');
    writeFileSync(metrics, text);
    const r = await call(validate, { cwd: join(dir, 'claims-en') });
    const orgLine = lineOf(files['org.yaml']!, 'target: "<= 3000 ms"');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`specs/metrics.yaml:${lineOf(text, '"<= 4000 ms"')}:15 error \`M-P95-LATENCY\` restates the organisation's metric with red line \`<= 4000 ms\`, looser than the organisation's \`<= 3000 ms\`: a product may only tighten it; write \`<= 3000 ms\` or stricter (org-policy)`);
    expect(r.stdout).toContain(`  see ../org.yaml:${orgLine}:15: the organisation defines \`M-P95-LATENCY\`'s red line here`);
    const sarif = JSON.parse((await call(validate, { cwd: join(dir, 'claims-en'), format: 'sarif' })).stdout) as { runs: { results: { ruleId: string; relatedLocations?: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] };
    const result = sarif.runs[0]!.results.find((x) => x.ruleId === 'org-policy')!;
    expect(result.relatedLocations?.[0]?.physicalLocation.region.startLine).toBe(orgLine);
    expect(result.relatedLocations?.[0]?.physicalLocation.artifactLocation.uri).toMatch(/org\.yaml$/);
  });
});
