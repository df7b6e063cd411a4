import type { Lang } from '../i18n/index.js';
import type { Path } from '../yaml/positions.js';
import type { ItemTypes, RuleSetting, SpecFile } from './types.js';

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
  /** `extends:` as written and resolved (absolute); the organisation file it names, once read. */
  extends?: { written: string; file: string };
  organisation?: Organisation;
}

/**
 * An organisation file as read (SPEC: Organisation): what the products that extend it share.
 * Its rules, vague words, catalogues and language are already merged into each product's Config;
 * what stays here is what the check needs: the shared metrics, which are required, which rules locked.
 */
export interface Organisation {
  /** Absolute path. */
  file: string;
  /** The file as read: display path and text, for findings and related places there. */
  source: SpecFile;
  /** The shared metrics, each with its data path in the file. */
  metrics: { id: string; path: Path; value: ItemTypes['metric'] }[];
  /** Metric ids every product must reference or restate. */
  required: string[];
  /** Rule ids no product may turn down, each with where the organisation locks it. */
  locked: string[];
  /** The file as the product's `extends:` names it (the same from any folder: for documents). */
  named?: string;
}
