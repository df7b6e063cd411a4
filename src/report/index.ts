import { json } from './json.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

export type { Reporter, ReportOptions, ValidateResult } from './types.js';

/** Every output format of `validate`; `--format` choices come from here. */
export const reporters = { stylish, json } as const satisfies Record<string, Reporter>;
export type Format = keyof typeof reporters;
export const FORMATS = Object.keys(reporters) as Format[];

export function isFormat(name: unknown): name is Format {
  return typeof name === 'string' && Object.hasOwn(reporters, name);
}
