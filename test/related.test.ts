import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { validate } from '../src/commands/validate.js';
import { UserError } from '../src/errors.js';
import { ConfigError } from '../src/workspace/config.js';
import { EN_EXAMPLE, ZH_EXAMPLE, lineOf, readTree, writeWorkspace, TODAY } from './helpers.js';

// A finding about two places names the other one, in every output that can: SARIF's
// relatedLocations, `--format json`'s `related`, stylish's "see file:line" line. (The language
// server's relatedInformation is tested with a real client in aipm-lsp.test.ts.)

const Ajv = AjvDraft04.default;
// The official SARIF 2.1.0 schema, as Microsoft's @microsoft/jest-sarif ships it.
const sarifSchema = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
const validateSarif = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(sarifSchema);

/** An example in a repository (`.git` at its root), with `M-SEVERE-MISS` defined a second time in the data file. */
function duplicated(example: string, from: string, to: string): { cwd: string; files: Record<string, string> } {
  const files = readTree(example);
  files['specs/data-feasibility.yaml'] = files['specs/data-feasibility.yaml']!.replace(from, to);
  const cwd = writeWorkspace(files);
  mkdirSync(join(cwd, '.git'));
  return { cwd, files };
}

const run = (cwd: string, format: string) => validate({ cwd, format, today: TODAY, env: {} });

describe('a duplicate id names its first definition', () => {
  const { cwd, files } = duplicated(EN_EXAMPLE, 'id: DS-CLAIM-PHOTOS', 'id: M-SEVERE-MISS');
  // Files are read in path order: the data file's definition comes first, the metric's is the duplicate.
  const first = lineOf(files['specs/data-feasibility.yaml']!, 'id: M-SEVERE-MISS');
  const second = lineOf(files['specs/metrics.yaml']!, 'id: M-SEVERE-MISS');

  it('in SARIF, as a related location that the official schema accepts', async () => {
    const log = JSON.parse((await run(cwd, 'sarif')).stdout);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    const result = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'duplicate-id');
    expect(result.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'specs/metrics.yaml' }, region: { startLine: second } });
    expect(result.relatedLocations).toEqual([
      {
        id: 0,
        physicalLocation: { artifactLocation: { uri: 'specs/data-feasibility.yaml' }, region: { startLine: first, startColumn: 9, endLine: first, endColumn: 9 + 'M-SEVERE-MISS'.length } },
        message: { text: '`M-SEVERE-MISS` is first defined here' },
      },
    ]);
    // The schema does check related locations: one without a usable message is refused.
    const broken = structuredClone(log);
    broken.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'duplicate-id').relatedLocations[0].message = 'first defined here';
    expect(validateSarif(broken)).toBe(false);
  });

  it('in --format json, as `related` (file, line, col, endLine, endCol, message)', async () => {
    const report = JSON.parse((await run(cwd, 'json')).stdout);
    const finding = report.findings.find((f: { rule: string }) => f.rule === 'duplicate-id');
    expect(finding).toMatchObject({ file: 'specs/metrics.yaml', line: second });
    expect(finding.related).toEqual([{ file: 'specs/data-feasibility.yaml', line: first, col: 9, endLine: first, endCol: 22, message: '`M-SEVERE-MISS` is first defined here' }]);
    // Findings about one place carry no `related` at all.
    expect(report.findings.filter((f: { related?: unknown }) => f.related === undefined).length).toBeGreaterThan(0);
  });

  it('in stylish, as an indented "see file:line" line under the finding, in the workspace language', async () => {
    const lines = (await run(cwd, 'stylish')).stdout.split('\n');
    const at = lines.findIndex((l) => l.startsWith(`specs/metrics.yaml:${second}:9 error duplicate id`));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(lines.slice(at + 3, at + 5)).toEqual([`  see specs/data-feasibility.yaml:${first}:9: \`M-SEVERE-MISS\` is first defined here`, '']);

    const zh = duplicated(ZH_EXAMPLE, /id: DS-[A-Z-]+/.exec(readTree(ZH_EXAMPLE)['specs/data-feasibility.yaml']!)![0], 'id: M-ETA-MAE');
    const zhFirst = lineOf(zh.files['specs/data-feasibility.yaml']!, 'id: M-ETA-MAE');
    expect((await run(zh.cwd, 'stylish')).stdout).toContain(`\n  见 specs/data-feasibility.yaml:${zhFirst}:9：\`M-ETA-MAE\` 首次定义于此\n`);
  });

  it('github and codequality stay as they were: one place per finding', async () => {
    const github = (await run(cwd, 'github')).stdout;
    expect(github.split('\n').filter((l) => l.includes('title=aipm duplicate-id'))).toHaveLength(1);
    const codequality = JSON.parse((await run(cwd, 'codequality')).stdout) as { check_name: string; location: { path: string } }[];
    expect(codequality.filter((c) => c.check_name === 'duplicate-id').map((c) => c.location.path)).toEqual(['specs/metrics.yaml']);
  });
});

describe('a bad aipm.yaml', () => {
  it('is still exit 2, its problems carried as findings with positions, not only as text', async () => {
    const files = readTree(EN_EXAMPLE);
    files['aipm.yaml'] = files['aipm.yaml']!.replace(/^lang: en$/m, 'lang: fr').replace(/^specs: /m, 'spec: ');
    const cwd = writeWorkspace(files);
    const error = await run(cwd, 'stylish').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect(error).toBeInstanceOf(ConfigError);
    const { findings, at } = error as ConfigError;
    const lang = lineOf(files['aipm.yaml']!, 'lang: fr');
    const spec = lineOf(files['aipm.yaml']!, 'spec: ');
    expect(findings.map(({ rule, file, line, col, endLine, endCol, message }) => ({ rule, file, line, col, endLine, endCol, message }))).toEqual([
      { rule: 'config', file: 'aipm.yaml', line: lang, col: 7, endLine: lang, endCol: 9, message: 'must be one of: zh | en' },
      { rule: 'config', file: 'aipm.yaml', line: spec, col: 1, endLine: spec, endCol: 5, message: expect.stringMatching(/^unknown key `spec`; did you mean `specs`\?/) },
    ]);
    expect(at).toEqual({ file: 'aipm.yaml', line: lang, col: 7 });
  });
});
