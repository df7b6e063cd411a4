import { codequality } from './codequality.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';
import { FORMATS, type Format } from './formats.js';

export type { Reporter, ReportOptions, ValidateResult } from './types.js';

/** Every output format of `validate`: one reporter for each name in FORMATS, no more, no less. */
export const reporters: Record<Format, Reporter> = { stylish, json, sarif, junit, github, codequality };
export { FORMATS, type Format };

export function isFormat(name: unknown): name is Format {
  return typeof name === 'string' && Object.hasOwn(reporters, name);
}
