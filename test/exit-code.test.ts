import { describe, expect, it } from 'vitest';
import { exitCode } from '../src/exit-code.js';

describe('exitCode', () => {
  it('follows the spec', () => {
    expect(exitCode({ errors: 0, warnings: 0 })).toBe(0);
    expect(exitCode({ errors: 0, warnings: 3 })).toBe(0);
    expect(exitCode({ errors: 0, warnings: 3 }, { strict: true })).toBe(1);
    expect(exitCode({ errors: 1, warnings: 0 })).toBe(1);
    expect(exitCode({ errors: 1, warnings: 0, userError: true })).toBe(2);
    expect(exitCode({ errors: 0, warnings: 0, internalError: true, userError: true })).toBe(3);
  });
});
