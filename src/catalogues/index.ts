export * from './capabilities.js';
export { builtinCatalogues, findItem } from './builtin.js';
export { parseCatalogue, type LoadedCatalogue } from './load.js';
export type { Catalogue, CatalogueItem, Source } from './schema.js';
export { applicableItems, appliesFrom, areaOf, isHighRisk, itemApplies, type ProductScope } from './applies.js';
