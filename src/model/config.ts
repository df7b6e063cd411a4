import type { Lang } from '../i18n/index.js';
import type { RuleSetting, SpecFile } from './types.js';

// A product's configuration (aipm.yaml) as data: `workspace/config.ts` reads it from the disk; the
// checks take what they need of it from here, so they never depend on the stage that reads files.

export const PRODUCT_TYPES = ['recommendation', 'customer-service', 'image-classification', 'llm-assistant', 'blank'] as const;
export type ProductType = (typeof PRODUCT_TYPES)[number];

export interface Config {
  /** The folder holding aipm.yaml. */
  root: string;
  /** aipm.yaml's absolute path. */
  file: string;
  product: {
    id: string;
    name: string;
    owner: string;
    type?: ProductType;
    description?: string;
    /** Where it ships and what it does, as regulations ask (the lists are in src/catalogues/). */
    markets?: string[];
    capabilities?: string[];
    /** The date it first shipped, if it has. */
    launched?: string;
  };
  lang: Lang;
  /** Absolute folders. */
  specs: string;
  out: string;
  templates?: string;
  /** Rule id → setting; only ids the caller knows. */
  rules: Partial<Record<string, RuleSetting>>;
  vagueWords: string[];
  /** The organisation's own regulation catalogue files (`catalogues:`), absolute. */
  catalogues?: string[];
  /** Those files as read: display path and text. */
  catalogueFiles?: { file: string; text: string }[];
  /** aipm.yaml as read, for findings about what it declares. */
  source?: SpecFile;
}
