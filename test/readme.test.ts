import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleTable } from '../src/rules/table.js';
import { ROOT } from './helpers.js';

describe('README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

  it('holds the rule table generated from the rules\' own metadata', () => {
    const block = readme.slice(readme.indexOf('<!-- rules:start -->') + '<!-- rules:start -->'.length, readme.indexOf('<!-- rules:end -->')).trim();
    expect(block).toBe(ruleTable('en'));
  });
});
