import * as z from 'zod/mini';
import { check, ID_PATTERN, isRealDate, lazily } from '../kinds/common.js';
import { CAPABILITIES, MARKETS } from './capabilities.js';

export const CATALOGUE_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const URL_PATTERN = /^https?:\/\/[^\s/]+\.[^\s/]+(\/\S*)?$/;

/**
 * One catalogue file: the rules a product may have to answer, as data. Built on first use. The
 * checks across items (an id used twice, `where` naming a kind or field aipm has not) are in
 * `load.ts`, where they can point at the second place.
 */
export const catalogueSchema = lazily(() => {
  const text = check(z.string(), (s) => s.trim() !== '', 'empty');
  const localized = z.strictObject({ zh: text, en: text });
  const date = check(z.string(), isRealDate, 'date');
  const source = z.strictObject({
    act: text,
    article: text,
    url: check(z.string(), (s) => URL_PATTERN.test(s), 'url'),
  });
  const item = z.strictObject({
    id: check(z.string(), (s) => ID_PATTERN.test(s), 'id'),
    title: localized,
    applies: z.strictObject({
      markets: z.array(z.enum(MARKETS)).check(z.minLength(1)),
      capabilities: z.optional(z.array(z.enum(CAPABILITIES)).check(z.minLength(1))),
      all: z.optional(z.array(z.enum(CAPABILITIES)).check(z.minLength(1))),
      'high-risk': z.optional(z.boolean()),
    }),
    from: date,
    from_existing: z.optional(date),
    evidence: localized,
    where: z.array(check(z.string(), (s) => /^[a-z-]+(\.[a-z_]+)+$/.test(s), 'where')).check(z.minLength(1)),
    source,
    also: z.optional(z.array(source)),
    verify: z.optional(z.boolean()),
  });
  return z.strictObject({
    id: check(z.string(), (s) => CATALOGUE_ID_PATTERN.test(s), 'catalogueId'),
    title: localized,
    version: z.number().check(z.int(), z.gte(1)),
    as_of: date,
    items: z.array(item).check(z.minLength(1)),
  });
});

export type Catalogue = z.output<ReturnType<typeof catalogueSchema>>;
export type CatalogueItem = Catalogue['items'][number];
export type Source = CatalogueItem['source'];
