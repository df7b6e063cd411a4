import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

/**
 * The pipeline a spec travels, in order (docs/ARCHITECTURE.md draws it). A module may import from
 * its own folder and from any layer before its own, never from a later layer. The shared base and
 * the entry points are groups of files that may use each other; the three outputs are siblings
 * that may not.
 */
const LAYERS: readonly { units: readonly string[]; siblingsApart?: boolean }[] = [
  { units: ['i18n', 'errors.ts', 'suggest.ts', 'version.ts', 'exit-code.ts', 'package-files.ts', 'text-width.ts', 'safe-text.ts'] },
  { units: ['yaml'] },
  { units: ['kinds'] },
  { units: ['model'] },
  { units: ['catalogues'] },
  { units: ['workspace'] },
  { units: ['check'] },
  { units: ['rules'] },
  { units: ['report', 'render', 'scaffold', 'edit'], siblingsApart: true },
  { units: ['lsp'] },
  { units: ['commands'] },
  { units: ['cli.ts', 'cli-errors.ts', 'index.ts', 'action.ts'] },
];

/**
 * Edges the order alone allows but the pipeline does not: the checks are pure (texts and data in,
 * findings out), so they never use the stage that reads and writes the user's files.
 */
const FORBIDDEN: readonly { from: string; to: string; why: string }[] = [
  { from: 'check', to: 'workspace', why: 'the checks are pure: what they need of aipm.yaml is in src/model/' },
  { from: 'rules', to: 'workspace', why: 'the rules are pure: what they need of aipm.yaml is in src/model/' },
];

const SRC = join(ROOT, 'src');

interface Source {
  file: string;
  text: string;
}

function sourceFiles(dir: string): Source[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') ? [{ file: full, text: readFileSync(full, 'utf8') }] : [];
  });
}

/** The top-level entry of `src/` a file belongs to: its folder, or the file itself. */
function unitOf(file: string): string {
  return relative(SRC, file).split(/[\\/]/)[0]!;
}

function layerOf(unit: string): number {
  const i = LAYERS.findIndex((l) => l.units.includes(unit));
  if (i < 0) throw new Error(`src/${unit} is in no layer of the pipeline: add it to LAYERS and docs/ARCHITECTURE.md`);
  return i;
}

/** Relative imports of a file, static and dynamic, resolved to paths. */
function importsOf({ file, text }: Source): string[] {
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.[^'"]+)['"]/g)].map((m) => m[1]!);
  return specifiers.map((s) => resolve(dirname(file), s.replace(/\.js$/, '.ts')));
}

function pipelineViolations(sources: readonly Source[]): string[] {
  const violations: string[] = [];
  for (const source of sources) {
    const from = unitOf(source.file);
    for (const target of importsOf(source)) {
      if (!target.startsWith(SRC)) continue;
      const to = unitOf(target);
      if (to === from) continue;
      const [a, b] = [layerOf(from), layerOf(to)];
      const forbidden = FORBIDDEN.find((f) => f.from === from && f.to === to);
      if (b > a || (b === a && LAYERS[a]!.siblingsApart)) {
        violations.push(`src/${relative(SRC, source.file)} imports src/${relative(SRC, target)}: ${to} does not come before ${from}`);
      } else if (forbidden) {
        violations.push(`src/${relative(SRC, source.file)} imports src/${relative(SRC, target)}: ${forbidden.why}`);
      }
    }
  }
  return violations;
}

describe('the import graph of src/ follows the pipeline', () => {
  const sources = sourceFiles(SRC);

  it('every folder and top-level file has a place in the pipeline', () => {
    expect(sources.length).toBeGreaterThan(50);
    for (const { file } of sources) expect(() => layerOf(unitOf(file)), file).not.toThrow();
  });

  it('no import runs against yaml → kinds → model → workspace → check → rules → report | render → commands → cli, nor from the checks to the disk', () => {
    expect(pipelineViolations(sources)).toEqual([]);
  });

  it('catches an edge against the order, static or dynamic, and between sibling outputs', () => {
    const at = (path: string, text: string) => ({ file: join(SRC, path), text });
    expect(pipelineViolations([at('workspace/config.ts', "import { RULE_IDS } from '../rules/index.js';")])).toEqual([
      'src/workspace/config.ts imports src/rules/index.ts: rules does not come before workspace',
    ]);
    expect(pipelineViolations([at('kinds/metrics.ts', "const m = await import('../model/queries.js');")])).toHaveLength(1);
    expect(pipelineViolations([at('render/index.ts', "import type { Reporter } from '../report/types.js';")])).toHaveLength(1);
    expect(pipelineViolations([at('rules/run.ts', "import { buildModel } from '../check/index.js';\nimport { t } from '../i18n/index.js';")])).toEqual([]);
  });

  it('the checks keep no state of their own between checks: what may be reused is the memo a caller gives', () => {
    // A module-level map, or a variable, in check/ or rules/ would outlive a check (the memo lives in workspace/cache.ts).
    const state = /^(?:export\s+)?(?:let\s|(?:const|var)\s+\w+\s*(?::[^=]+)?=\s*new\s+(?:Weak)?Map\b)/m;
    const stateful = sources.filter((s) => ['check', 'rules'].includes(unitOf(s.file)) && state.test(s.text)).map((s) => relative(SRC, s.file));
    expect(stateful).toEqual([]);
    expect(state.test('const outcomes = new WeakMap<object, SchemaOutcome>();')).toBe(true);
    expect(state.test('const COMMITTED = new Set([1]);')).toBe(false);
  });

  it('keeps the checks off the disk: rules and check never import workspace', () => {
    const at = (path: string, text: string) => ({ file: join(SRC, path), text });
    expect(pipelineViolations([at('rules/run.ts', "import type { Config } from '../workspace/config.js';")])).toEqual([
      'src/rules/run.ts imports src/workspace/config.ts: the rules are pure: what they need of aipm.yaml is in src/model/',
    ]);
    expect(pipelineViolations([at('check/schema.ts', "const c = await import('../workspace/cache.js');")])).toHaveLength(1);
    expect(pipelineViolations([at('rules/run.ts', "import type { Config } from '../model/config.js';")])).toEqual([]);
    expect(pipelineViolations([at('lsp/session.ts', "import { parseConfig } from '../workspace/config.js';")])).toEqual([]);
  });
});

describe('the repository holds source, not an install', () => {
  it('tracks nothing under node_modules (a worktree\'s link to a shared install committed by `git add -A` once replaced it)', () => {
    const tracked = execFileSync('git', ['ls-files', '--', 'node_modules', 'node_modules/**'], { cwd: ROOT, encoding: 'utf8' });
    expect(tracked).toBe('');
  });
});
