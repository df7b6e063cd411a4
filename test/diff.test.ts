import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diff } from '../src/commands/diff.js';
import { render } from '../src/commands/render.js';
import { lintMarkdown } from './clients.js';
import { buildModel } from '../src/check/index.js';
import { compareModels } from '../src/model/compare.js';
import { diffMarkdown, diffText } from '../src/render/changes.js';
import { parseYaml } from '../src/yaml/parse.js';
import { EN_EXAMPLE, ZH_EXAMPLE, call, edit, exampleSpecs, git } from './helpers.js';

/** The example in a fresh repository, committed as `base`, then edited in the working tree. */
function repo(example: string): { dir: string; change: (file: string, from: string | RegExp, to: string) => void } {
  const dir = mkdtempSync(join(tmpdir(), 'aipm-diff-'));
  cpSync(example, dir, { recursive: true });
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  git(dir, 'tag', 'base');
  const change = (file: string, from: string | RegExp, to: string) => {
    const path = join(dir, 'specs', file);
    const before = readFileSync(path, 'utf8');
    const after = before.replace(from, to);
    if (after === before) throw new Error(`${String(from)} not in ${file}`);
    writeFileSync(path, after);
  };
  return { dir, change };
}

describe('aipm diff', () => {
  it('names exactly what changed: added, removed, changed fields, moved items, envelopes; and the suspect links', async () => {
    const { dir, change } = repo(EN_EXAMPLE);
    change('metrics.yaml', 'target: ">= 88%"', 'target: ">= 90%"');
    change('requirements.yaml', /  - id: REQ-AUDIT-LOG[\s\S]*$/, '');
    change('review.yaml', 'decisions:\n', 'decisions:\n  - {id: D-NEW, decision: Add a second region, owner: Maya Patel, due: 2026-12-20}\n');
    change('compliance.yaml', /^status: .*$/m, 'status: draft');
    // A milestone moved to a file of its own.
    const milestones = readFileSync(join(dir, 'specs/milestones.yaml'), 'utf8');
    const launch = milestones.slice(milestones.indexOf('  - id: MS-LAUNCH'), milestones.indexOf('risks:'));
    writeFileSync(join(dir, 'specs/milestones.yaml'), milestones.replace(launch, ''));
    writeFileSync(join(dir, 'specs/launch-milestone.yaml'), `kind: milestones\nversion: 1\ntitle: Launch\nowner: Maya Patel\nstatus: draft\nupdated: 2026-11-23\nmilestones:\n${launch}`);
    const r = await diff({ cwd: dir, from: 'base', format: 'json' });
    const out = JSON.parse(r.stdout);
    const summary = out.changes.map((c: { change: string; kind: string; id: string }) => `${c.change} ${c.kind} ${c.id}`);
    expect(summary).toEqual([
      'changed file specs/compliance.yaml',
      'added file specs/launch-milestone.yaml',
      'moved milestone MS-LAUNCH',
      'changed metric M-TOP1-ACC',
      'removed requirement REQ-AUDIT-LOG',
      'added decision D-NEW',
    ]);
    expect(out.changes.find((c: { id: string }) => c.id === 'M-TOP1-ACC').fields).toEqual([{ field: 'target', from: '>= 88%', to: '>= 90%' }]);
    expect(out.changes.find((c: { id: string }) => c.id === 'MS-LAUNCH')).toMatchObject({ fromFile: 'specs/milestones.yaml', file: 'specs/launch-milestone.yaml', fields: [] });
    expect(out.suspects).toEqual([{ type: 'evaluation', id: 'EV-SEVERITY-V1', file: 'specs/evaluation.yaml', metric: 'M-TOP1-ACC', from: '>= 88%', to: '>= 90%' }]);
    const text = (await diff({ cwd: dir, from: 'base' })).stdout;
    expect(text).toContain('  ~ metric M-TOP1-ACC (specs/metrics.yaml) changed\n      target: >= 88% → >= 90%\n');
    expect(text).toContain('  ! evaluation `EV-SEVERITY-V1` judged `M-TOP1-ACC` against a target that has since changed (>= 88% → >= 90%): re-check its verdict');
    const markdown = (await diff({ cwd: dir, from: 'base', format: 'markdown' })).stdout;
    expect(markdown.split('\n').filter((l) => /^- (\\\+|[−~→]) /.test(l))).toHaveLength(out.changes.length);
    expect(lintMarkdown('diff.md', markdown)).toEqual([]);
    // Code spans stay code spans (no literal backticks), and targets read as written (no `\>=`).
    expect(markdown).toContain('- ⚠ evaluation `EV-SEVERITY-V1` judged `M-TOP1-ACC` against a target that has since changed (>= 88% → >= 90%): re-check its verdict');
    expect(markdown).not.toContain('\\`');
  });

  it('a rollback trigger on a retargeted metric is suspect; two revisions compare with each other', async () => {
    const { dir, change } = repo(ZH_EXAMPLE);
    change('metrics.yaml', 'target: "<= 80 ms"', 'target: "<= 60 ms"');
    git(dir, 'commit', '-qam', 'tighter API target');
    const out = JSON.parse((await diff({ cwd: dir, from: 'base', to: 'HEAD', format: 'json' })).stdout);
    expect(out.suspects).toEqual([expect.objectContaining({ type: 'trigger', file: 'specs/launch-plan.yaml', metric: 'M-API-P95', from: '<= 80 ms', to: '<= 60 ms' })]);
    expect((await diff({ cwd: dir, from: 'HEAD' })).stdout).toBe('自 HEAD 以来规格文件没有变更\n');
  });

  it('an unknown revision or no repository is exit 2 with a hint', async () => {
    const { dir } = repo(EN_EXAMPLE);
    expect(await call(diff, { cwd: dir, from: 'v9.9' })).toMatchObject({ code: 2, stderr: 'aipm: git does not know the revision `v9.9`\n' });
    const shallow = mkdtempSync(join(tmpdir(), 'aipm-shallow-'));
    git(dir, 'commit', '--allow-empty', '-qm', 'second');
    spawnSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, shallow]);
    expect((await call(diff, { cwd: shallow, from: 'HEAD~1' })).stderr).toMatch(/shallow: run `git fetch --unshallow`/);
    const plain = mkdtempSync(join(tmpdir(), 'aipm-nogit-'));
    cpSync(EN_EXAMPLE, plain, { recursive: true });
    expect(await call(diff, { cwd: plain, from: 'HEAD' })).toMatchObject({ code: 2, stderr: expect.stringMatching(/is not in a git repository/) });
  });

  it('render --packet --since puts the changes in the packet, after what needs attention', async () => {
    const { dir, change } = repo(EN_EXAMPLE);
    change('metrics.yaml', 'target: ">= 88%"', 'target: ">= 90%"');
    // 89.4 now misses 90: render anyway to see the packet.
    await render({ cwd: dir, packet: true, since: 'base', force: true });
    const packet = readFileSync(join(dir, 'docs/aipm/packet.md'), 'utf8');
    const at = packet.indexOf('## Changes since base');
    expect(at).toBeGreaterThan(0);
    expect(at).toBeGreaterThan(packet.indexOf('## Needs attention'));
    expect(at).toBeLessThan(packet.indexOf('## Validation'));
    expect(packet).toContain('- [Changes since base](#changes-since-base)');
    expect(packet).toContain('### Suspect links');
    expect(lintMarkdown('packet.md', packet)).toEqual([]);
    renameSync(join(dir, 'docs'), join(dir, 'docs-old'));
  });
});

describe('a renamed item (aipm rename, perhaps then an edit)', () => {
  const model = (files: Record<string, string>) => buildModel(Object.entries(files).map(([file, text]) => ({ file, parsed: parseYaml(text) })), 'en').model;
  const en = exampleSpecs(EN_EXAMPLE);
  const renamed = (files: Record<string, string>, from: string, to: string) => Object.fromEntries(Object.entries(files).map(([f, text]) => [f, text.replace(new RegExp(`\\b${from}\\b`, 'g'), to)]));

  it('is "renamed OLD → NEW" with its field changes, and the suspect links follow it', () => {
    const after = edit(renamed(en, 'M-TOP1-ACC', 'M-TOP1'), 'specs/metrics.yaml', 'target: ">= 88%"', 'target: ">= 89%"');
    const d = compareModels(model(en), model(after));
    // The metric is renamed (not removed and added); the guardrail that names it changed with it.
    expect(d.changes.filter((c) => c.kind === 'metric').map((c) => `${c.change} ${c.id}`)).toEqual(['changed M-SEVERE-MISS', 'renamed M-TOP1']);
    expect(d.changes.find((c) => c.change === 'renamed')).toMatchObject({ fromId: 'M-TOP1-ACC', id: 'M-TOP1', fields: [{ field: 'target', from: '>= 88%', to: '>= 89%' }] });
    expect(d.suspects).toContainEqual(expect.objectContaining({ type: 'evaluation', id: 'EV-SEVERITY-V1', metric: 'M-TOP1', from: '>= 88%', to: '>= 89%' }));
    const text = diffText(d, 'HEAD', 'en');
    expect(text).toContain('  ~ metric renamed M-TOP1-ACC → M-TOP1 (specs/metrics.yaml)\n      target: >= 88% → >= 89%');
    expect(text).not.toMatch(/metric M-TOP1-ACC .*removed/);
    expect(diffText(d, 'HEAD', 'zh')).toContain('metric 改名 M-TOP1-ACC → M-TOP1');
    expect(lintMarkdown('diff.md', `# Plan\n\n${diffMarkdown(d, 'HEAD', 'en')}`)).toEqual([]);
  });

  it('lists each item that names the renamed id once: an experiment under its own id, not again under its evaluation', () => {
    const d = compareModels(model(en), model(renamed(en, 'M-TOP1-ACC', 'M-TOP1')));
    const text = diffText(d, 'HEAD', 'en');
    expect(text.match(/experiments\[/g)).toBeNull();
    expect(d.changes.find((c) => c.id === 'EV-SEVERITY-V1')?.fields).toEqual([{ field: 'results[0].metric', from: 'M-TOP1-ACC', to: 'M-TOP1' }]);
    for (const id of ['EXP-RESNET', 'EXP-CONVNEXT']) expect(d.changes.filter((c) => c.id === id).map((c) => c.fields.map((f) => f.field))).toEqual([['results.M-TOP1', 'results.M-TOP1-ACC']]);
    // An experiment added to an evaluation is listed once too: as an added experiment.
    const more = edit(en, 'specs/evaluation.yaml', 'experiments:\n', 'experiments:\n  - id: EXP-VIT\n    change: ViT-S\n    results: {M-TOP1-ACC: 85.0}\n');
    expect(compareModels(model(en), model(more)).changes.map((c) => `${c.change} ${c.id}`)).toEqual(['added EXP-VIT']);
  });

  it('a rename alone lists no field; an item removed beside a different one added stays a removal and an addition', () => {
    const only = compareModels(model(en), model(renamed(en, 'M-INFER-P95', 'M-P95')));
    expect(only.changes.filter((c) => c.kind === 'metric')).toEqual([expect.objectContaining({ change: 'renamed', fromId: 'M-INFER-P95', id: 'M-P95', fields: [] })]);
    expect(only.suspects).toEqual([]);
    const text = en['specs/review.yaml']!;
    const other = edit(en, 'specs/review.yaml', /  - id: D-LOWLIGHT\n[\s\S]*?(?=\nopen_questions:)/, '  - id: D-NEW\n    decision: Ship the mobile capture flow first\n    owner: Sam Okafor\n    due: 2027-01-15\n    status: open');
    expect(other['specs/review.yaml']).not.toBe(text);
    const d = compareModels(model(en), model(other));
    expect(d.changes.filter((c) => c.kind === 'decision').map((c) => `${c.change} ${c.id}`).sort()).toEqual(['added D-NEW', 'removed D-LOWLIGHT']);
  });
});
