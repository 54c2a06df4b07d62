/**
 * Seeds the read model for the search figure straight into `cases` with one INSERT … SELECT over
 * generate_series (not through workflows): regions weighted like the heavy-industry provinces, the
 * dimensions with the departments that own them, industries, finding dates over three years, and the
 * statuses, deadlines and due dates that follow from each case's age. Seeded rows are told apart by
 * their document numbers (种子〔…〕).
 */
import type { Pool } from 'pg';
import { INDUSTRIES, type Dimension, type Department, type Industry } from '../../domain/enums';
import { NATIONAL, currentVersionOf } from '../../domain/policy';

/** Cities by province with their counties (GB/T 2260) and how many cases they carry, relatively. */
const CITIES: { code: string; name: string; weight: number; counties: string[] }[] = [
  {
    code: '130200',
    name: '唐山',
    weight: 14,
    counties: ['02', '03', '04', '05', '07', '08', '09', '24', '25', '27', '29', '81', '83', '84'],
  },
  {
    code: '130400',
    name: '邯郸',
    weight: 10,
    counties: ['02', '03', '04', '06', '07', '08', '23', '24', '25', '26', '27', '81'],
  },
  {
    code: '130100',
    name: '石家庄',
    weight: 6,
    counties: ['02', '04', '05', '07', '08', '09', '10', '11', '21', '23', '25', '81', '83', '84'],
  },
  {
    code: '130500',
    name: '邢台',
    weight: 4,
    counties: ['02', '03', '05', '06', '22', '23', '24', '81', '82'],
  },
  { code: '140100', name: '太原', weight: 4, counties: ['05', '06', '07', '08', '09', '10', '21', '81'] },
  { code: '140400', name: '长治', weight: 4, counties: ['03', '04', '05', '06', '23', '25', '81'] },
  { code: '141100', name: '吕梁', weight: 5, counties: ['02', '21', '22', '24', '26', '81', '82'] },
  {
    code: '150200',
    name: '包头',
    weight: 4,
    counties: ['02', '03', '04', '05', '06', '07', '21', '22', '23'],
  },
  { code: '150300', name: '乌海', weight: 3, counties: ['02', '03', '04'] },
  {
    code: '150600',
    name: '鄂尔多斯',
    weight: 4,
    counties: ['02', '03', '21', '22', '23', '24', '25', '26', '27'],
  },
  {
    code: '320500',
    name: '苏州',
    weight: 6,
    counties: ['05', '06', '07', '08', '09', '81', '82', '83', '85'],
  },
  { code: '320200', name: '无锡', weight: 4, counties: ['05', '06', '11', '13', '14', '81', '82'] },
  { code: '320400', name: '常州', weight: 3, counties: ['02', '04', '11', '12', '13'] },
  {
    code: '320300',
    name: '徐州',
    weight: 5,
    counties: ['02', '03', '05', '11', '12', '21', '22', '24', '81', '82'],
  },
  { code: '370300', name: '淄博', weight: 5, counties: ['02', '03', '04', '05', '06', '21', '22', '23'] },
  {
    code: '371300',
    name: '临沂',
    weight: 5,
    counties: ['02', '11', '12', '21', '22', '23', '24', '25', '26', '27', '28', '29'],
  },
  {
    code: '370800',
    name: '济宁',
    weight: 3,
    counties: ['11', '12', '26', '27', '28', '29', '30', '31', '32', '81', '83'],
  },
  {
    code: '410500',
    name: '安阳',
    weight: 4,
    counties: ['02', '03', '05', '06', '22', '23', '26', '27', '81'],
  },
  {
    code: '410100',
    name: '郑州',
    weight: 3,
    counties: ['02', '03', '04', '05', '06', '08', '22', '81', '82', '83', '84', '85'],
  },
  { code: '210300', name: '鞍山', weight: 3, counties: ['02', '03', '04', '11', '21', '23', '81'] },
  { code: '210500', name: '本溪', weight: 2, counties: ['02', '03', '04', '05', '21', '22'] },
];

/** Dimension, owning department, rectification months (null: technology exits at once), weight. */
const DIMENSION_MIX: [Dimension, Department, number | null, number][] = [
  ['energy', 'industry_it', 6, 25],
  ['energy', 'development_reform', 6, 10],
  ['environment', 'environment_bureau', 3, 8],
  ['environment', 'environment_bureau', 6, 12],
  ['environment', 'environment_bureau', 12, 5],
  ['safety', 'emergency_management', 6, 12],
  ['safety', 'coal_mine_safety', 3, 3],
  ['quality', 'market_regulation', 6, 10],
  ['technology', 'industry_it', null, 10],
  ['technology', 'development_reform', null, 3],
  ['technology', 'energy_bureau', null, 2],
];

const INDUSTRY_MIX: Partial<Record<Industry, number>> = {
  steel: 18,
  coal: 12,
  cement: 12,
  coking: 9,
  chemicals: 8,
  flat_glass: 5,
  ferroalloy: 5,
  electrolytic_aluminium: 4,
  calcium_carbide: 4,
  non_ferrous_metals: 4,
  fine_chemicals: 3,
  paper: 3,
  coal_power: 3,
  lead_zinc_smelting: 2,
  silicon_carbide: 2,
  fertiliser: 2,
  smelting: 2,
  other: 2,
  yellow_phosphorus: 1,
  leather: 1,
};

/** The words Chinese company names are made of (宏达, 鑫源, …): each names about 1 in 120 cases. */
export const NAME_WORDS = (
  '宏达 鑫源 华能 金鼎 永兴 恒通 盛隆 德龙 新兴 荣信 天成 隆盛 兴华 金泰 瑞丰 广源 昌盛 裕华 鸿运 东方 ' +
  '建龙 敬业 津西 普阳 文丰 纵横 荣程 华西 沙钢 永钢 中天 镔鑫 龙凤 东海 九江 正大 三友 冀东 金隅 海螺 ' +
  '红狮 山水 亚泰 天瑞 同力 华润 中联 南方 西南 北方 旭阳 美锦 潞宝 金晖 孝义 鹏飞 安泰 宏光 晋丰 阳光 ' +
  '三维 焦煤 潞安 兰花 晋能 同煤 伊泰 神华 汇能 蒙泰 君正 鄂托 东源 亿利 包钢 明拓 鑫旺 华云 白银 ' +
  '金川 中铝 信发 魏桥 南山 创新 东岳 金诚 鲁丽 泰山 传洋 日照 石横 莱芜 临钢 玉锋 元宝 凯德 鼎盛 ' +
  '金马 利源 恒丰 泰和 宝丰 福星 永安 德盛 汇丰 聚源 丰华 万达 天利 华丰 金海 兴隆 宏伟 长城 华鑫 ' +
  '新华 中兴'
).split(' ');

const expand = <T>(entries: [T, number][]): T[] =>
  entries.flatMap(([value, weight]) => Array(weight).fill(value) as T[]);

export async function seedCases(pool: Pool, count: number, stateTemplate: object): Promise<void> {
  // Counties weighted 3:2:1 within their city, so that some counties carry far more cases than others.
  const regions = expand(
    CITIES.flatMap((city) =>
      city.counties.map((county, i): [string, number] => [
        `${city.code.slice(0, 4)}${county}|${city.name}`,
        city.weight * (3 - (i % 3)),
      ]),
    ),
  );
  const dimensions = expand(
    DIMENSION_MIX.map(([dimension, department, months, weight]): [string, number] => [
      `${dimension}|${department}|${months ?? ''}`,
      weight,
    ]),
  );
  const industries = expand(
    Object.entries(INDUSTRY_MIX).map(([code, weight]): [string, number] => [
      `${code}|${INDUSTRIES[code as Industry]}`,
      weight,
    ]),
  );
  const client = await pool.connect();
  try {
    await client.query('select setseed(0.2026)');
    await client.query(
      `with picks as (
         select g,
                ($1::text[])[1 + floor(random() * cardinality($1::text[]))::int] as region_pick,
                ($2::text[])[1 + floor(random() * cardinality($2::text[]))::int] as dimension_pick,
                ($3::text[])[1 + floor(random() * cardinality($3::text[]))::int] as industry_pick,
                ($4::text[])[1 + floor(random() * cardinality($4::text[]))::int] as word,
                floor(random() * 1096)::int as age_days,
                random() as u, random() as v
           from generate_series(1, $5::int) as g
       ), parsed as (
         select g, word, age_days, u, v,
                split_part(region_pick, '|', 1) as region, split_part(region_pick, '|', 2) as city,
                split_part(dimension_pick, '|', 1) as dimension, split_part(dimension_pick, '|', 2) as department,
                nullif(split_part(dimension_pick, '|', 3), '')::int as months,
                split_part(industry_pick, '|', 1) as industry, split_part(industry_pick, '|', 2) as industry_label,
                (now() at time zone 'Asia/Shanghai')::date - age_days as finding_date
           from picks
       ), dated as (
         select *,
                ((finding_date + make_interval(months => months))::date + 1)::timestamp
                  at time zone 'Asia/Shanghai' as lapses_at,
                '种子〔' || extract(year from finding_date) || '〕' || g || '号' as document_number,
                city || word || industry_label || '有限公司' as enterprise_name,
                '91' || region || lpad(g::text, 9, '0') || 'X' as credit_code
           from parsed
       ), statused as (
         select *,
                case
                  when months is null then
                    case when age_days < 120 then 'exiting' when u < 0.25 then 'awaiting_acceptance'
                         when u < 0.35 then 'exiting' else 'exited' end
                  when lapses_at > now() then case when u < 0.93 then 'rectifying' else 'rectified' end
                  else case when u < 0.45 then 'rectified' when u < 0.63 then 'exited' when u < 0.68 then 'closed'
                            when u < 0.78 then 'awaiting_government_decision' when u < 0.93 then 'exiting'
                            when u < 0.98 then 'awaiting_acceptance' else 'rectifying' end
                end as status
           from dated
       )
       insert into cases (id, workflow_id, department, document_number, enterprise_name, credit_code,
                          region_code, industry, dimension, capacity_value, capacity_unit, finding_date,
                          policy_version, finding, status, deadline, deadline_lapses_at, due_at, outcome,
                          state, state_version, created_at, updated_at)
       select 'RC-' || upper(substr(md5('seed-' || g), 1, 16)),
              'rectification-case/RC-' || upper(substr(md5('seed-' || g), 1, 16)),
              department, document_number, enterprise_name, credit_code, region, industry, dimension,
              round((10 + v * 290)::numeric, 1), '万吨/年', finding_date, $6,
              jsonb_build_object(
                'department', department, 'documentNumber', document_number,
                'enterprise', jsonb_build_object('name', enterprise_name, 'creditCode', credit_code, 'regionCode', region),
                'industry', industry, 'dimension', dimension,
                'capacity', jsonb_build_object('equipment', '1号生产线', 'value', round((10 + v * 290)::numeric, 1), 'unit', '万吨/年'),
                'legalBasis', jsonb_build_object('law', '中华人民共和国节约能源法'),
                'findingDate', finding_date, 'source', 'routine_inspection', 'evidence', '[]'::jsonb),
              status,
              case when lapses_at is null then null else jsonb_build_object(
                'lastDay', (lapses_at at time zone 'Asia/Shanghai')::date - 1,
                'lapsesAt', to_char(lapses_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                'rule', 'civil-code-art-201-203',
                'inputs', jsonb_build_object('from', finding_date, 'months', months)) end,
              lapses_at,
              case status
                when 'rectifying' then case when lapses_at < now() then lapses_at + interval '3 months' else lapses_at end
                when 'awaiting_government_decision' then lapses_at + interval '30 days'
                when 'exiting' then coalesce(lapses_at + interval '4 months',
                                             (finding_date + interval '3 months')::timestamp at time zone 'Asia/Shanghai')
              end,
              case when status in ('rectified', 'exited', 'closed') then status end,
              $7::jsonb,
              case status when 'rectifying' then 2 when 'rectified' then 4 else 6 end,
              (finding_date + interval '10 hours')::timestamp at time zone 'Asia/Shanghai',
              least(now(), (finding_date + interval '10 hours')::timestamp at time zone 'Asia/Shanghai'
                           + (age_days * v) * interval '1 day')
         from statused`,
      [
        regions,
        dimensions,
        industries,
        NAME_WORDS,
        count,
        currentVersionOf(NATIONAL),
        JSON.stringify(stateTemplate),
      ],
    );
  } finally {
    client.release();
  }
  // As autovacuum would have by the time a table holds this many rows.
  await pool.query('vacuum (analyze) cases');
}

/** How the seeded rows came out, for the results: counts by status and by dimension. */
export async function seededMix(pool: Pool) {
  const { rows } = await pool.query<{ kind: string; key: string; n: string }>(
    `select 'status' as kind, status as key, count(*) as n from cases where document_number like '种子%' group by status
     union all
     select 'dimension', dimension, count(*) from cases where document_number like '种子%' group by dimension
     union all
     select 'province', left(region_code, 2), count(*) from cases where document_number like '种子%' group by 1, 2`,
  );
  const mix: Record<string, Record<string, number>> = {};
  for (const row of rows) (mix[row.kind] ??= {})[row.key] = Number(row.n);
  return mix;
}
