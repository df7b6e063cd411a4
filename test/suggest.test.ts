import { describe, expect, it } from 'vitest';
import { nearest } from '../src/suggest.js';

describe('nearest', () => {
  it('finds typos, swaps included, and ignores case', () => {
    expect(nearest('prioritty', ['priority', 'problem'])).toBe('priority');
    expect(nearest('ruels', ['rules', 'lang'])).toBe('rules');
    expect(nearest('OWNER', ['owner'])).toBe('owner');
  });
  it('suggests nothing for a name that is not near any', () => {
    expect(nearest('budget', ['priority', 'owner', 'status'])).toBeUndefined();
    expect(nearest('x', [])).toBeUndefined();
  });
});
