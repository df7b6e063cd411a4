import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './helpers.js';

// The pre-commit hooks' declaration (the package install and the Action's steps, run for real, are
// in package.e2e.test.ts).

describe('the pre-commit hooks', () => {
  it('the pre-commit hooks run aipm without file names, on aipm.yaml and the specs', () => {
    const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; pass_filenames: boolean; files: string }[];
    expect(hooks.map((h) => h.id)).toEqual(['aipm-validate', 'aipm-render-check']);
    const validate = hooks[0]!;
    expect(validate).toMatchObject({ entry: 'aipm validate', pass_filenames: false });
    const files = new RegExp(validate.files);
    for (const path of ['aipm.yaml', 'products/a/aipm.yaml', 'specs/metrics.yaml', 'plan/specs/sub/x.yml']) expect(files.test(path), path).toBe(true);
    for (const path of ['README.md', 'src/index.ts', 'specs.yaml']) expect(files.test(path), path).toBe(false);
  });
});
