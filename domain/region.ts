/**
 * Administrative region codes, GB/T 2260: six digits — province (2), city/prefecture (2), county (2).
 * A city code ends in 00, a province code in 0000.
 */

const PROVINCE_PREFIXES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
]);

/** The rule of `isRegionCode` as a regular expression, for the OpenAPI document's `pattern`. */
export const REGION_CODE_PATTERN = new RegExp(`^(${[...PROVINCE_PREFIXES].join('|')})\\d{4}$`);

/** The three levels of a region code, with their Chinese names. */
export const REGION_LEVELS = {
  province: '省级',
  city: '市级',
  county: '县级',
} as const;
export type RegionLevel = keyof typeof REGION_LEVELS;

export function isRegionCode(code: string): boolean {
  return /^\d{6}$/.test(code) && PROVINCE_PREFIXES.has(code.slice(0, 2));
}

export function regionLevel(code: string): RegionLevel {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

/** The prefix shared by every region inside this one: '320000' → '32', '320500' → '3205'. */
export function regionPrefix(code: string): string {
  const level = regionLevel(code);
  return level === 'province' ? code.slice(0, 2) : level === 'city' ? code.slice(0, 4) : code;
}
