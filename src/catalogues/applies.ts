import { ANNEX_III_CAPABILITIES } from './capabilities.js';
import type { Catalogue, CatalogueItem } from './schema.js';

/** What a product declares in aipm.yaml that decides which items apply to it. */
export interface ProductScope {
  markets: readonly string[];
  capabilities: readonly string[];
}

/** Whether a catalogue item applies to a product: its markets, its capabilities (any of, all of), EU high-risk. */
export function itemApplies(item: CatalogueItem, product: ProductScope): boolean {
  const { markets, capabilities, all } = item.applies;
  const has = (c: string) => product.capabilities.includes(c);
  const inMarket = markets.includes('global') || product.markets.includes('global') || markets.some((m) => product.markets.includes(m));
  if (!inMarket) return false;
  if (capabilities && !capabilities.some(has)) return false;
  if (all && !all.every(has)) return false;
  if (item.applies['high-risk'] && !isHighRisk(product)) return false;
  return true;
}

/** An EU high-risk system: the EU among its markets (or global), and one of the Annex III areas among its capabilities. */
export function isHighRisk(product: ProductScope): boolean {
  const inEu = product.markets.includes('EU') || product.markets.includes('global');
  return inEu && ANNEX_III_CAPABILITIES.some((c) => product.capabilities.includes(c));
}

/** The date an item applies from for this product: the later `from_existing` when it was on the market before `from`. */
export function appliesFrom(item: CatalogueItem, launched: string | undefined): string {
  return item.from_existing && launched !== undefined && launched < item.from ? item.from_existing : item.from;
}

/** The items of these catalogues that apply to a product, in catalogue order, each with its catalogue. */
export function applicableItems(catalogues: readonly Catalogue[], product: ProductScope): { catalogue: Catalogue; item: CatalogueItem }[] {
  return catalogues.flatMap((catalogue) => catalogue.items.filter((item) => itemApplies(item, product)).map((item) => ({ catalogue, item })));
}

/** The compliance check `area` a starter check for an item takes (`other` when no area fits). */
export function areaOf(item: CatalogueItem): 'consent' | 'bias' | 'explainability' | 'human-oversight' | 'labeling' | 'filing' | 'transparency' | 'other' {
  const id = item.id;
  if (/^CN-LABEL-/.test(id)) return 'labeling';
  if (/FILING$/.test(id)) return 'filing';
  if (/^EU-AIA-50-/.test(id)) return 'transparency';
  if (id === 'EU-AIA-14') return 'human-oversight';
  if (id === 'EU-AIA-10' || id === 'EU-AIA-IV-3') return 'bias';
  if (id === 'EU-AIA-13' || id === 'CN-PIPL-24') return 'explainability';
  if (id === 'CN-GAI-7') return 'consent';
  return 'other';
}
