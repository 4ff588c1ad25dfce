import * as z from 'zod/mini';

/** Where the user lives decides what Meta offers (PRODUCT.md, "Regions"). */
export const REGIONS = ['eu', 'uk', 'ch', 'br', 'other'] as const;
export const Region = /* @__PURE__ */ z.enum(REGIONS);
export type Region = z.infer<typeof Region>;

/** EU member states and the EEA (Iceland, Liechtenstein, Norway), ISO 3166-1 alpha-2. */
export const EEA_COUNTRIES: readonly string[] =
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IS IT LI LT LU LV MT NL NO PL PT RO SE SI SK'.split(' ');

/** The regions that are one country. */
const COUNTRY_OF_REGION: Partial<Record<Region, string>> = { uk: 'GB', ch: 'CH', br: 'BR' };

/** The region a country of residence belongs to. */
export function regionOfCountry(country: string): Region {
  const code = country.toUpperCase();
  for (const [region, only] of Object.entries(COUNTRY_OF_REGION)) if (only === code) return region as Region;
  return EEA_COUNTRIES.includes(code) ? 'eu' : 'other';
}

/** The countries of residence a region holds: its one country, the EEA's, or none for `other`. */
export function countriesOf(region: Region): readonly string[] {
  const only = COUNTRY_OF_REGION[region];
  if (only) return [only];
  return region === 'eu' ? EEA_COUNTRIES : [];
}

/** The country to keep with a region: its only country, else `chosen` when it belongs to the region. */
export function countryInRegion(region: Region, chosen: string | undefined): string | undefined {
  const options = countriesOf(region);
  if (options.length === 1) return options[0];
  return chosen && options.includes(chosen) ? chosen : undefined;
}
