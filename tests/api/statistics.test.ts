/**
 * The yearly exit statistics table through the API, against the real dev server and PostgreSQL:
 * cases driven to `exited` through the decision endpoints (a technology finding exits at once; exit
 * evidence; county then city acceptance), read back as JSON, CSV and XLSX; the cut-off rule (entries
 * recorded later never change a table); jurisdiction, roles and bad queries.
 *
 * Past years cannot be reached through the API (decisions happen now), so the year-boundary cases are
 * written straight into the ledger through the projection activity's own function (`recordCaseEventIn`)
 * with business times in earlier years: that is the only way to test a year boundary.
 */
import { eq, inArray } from 'drizzle-orm';
import { Workbook } from 'exceljs';
import type { Principal } from '../../api/auth';
import { toCsv, toXlsx, type ExitTable } from '../../api/statistics-export';
import { cases } from '../../db/schema';
import { addDays, chinaDateOf } from '../../domain/calendar';
import { DIMENSIONS, EXIT_MEASURES, EXIT_SCOPES, INDUSTRIES, type CaseStatus } from '../../domain/enums';
import type { FindingInput } from '../../domain/finding';
import { fileFinding, startApiHarness, type ApiHarness } from '../helpers/api';
import { backdatedExit, cst, exitSteps } from '../helpers/backdated-exits';
import { aFinding, creditCode } from '../kit/findings';
import { bearer } from '../kit/tokens';
import { eventually } from '../kit/poll';

let api: ApiHarness;
const today = chinaDateOf(new Date());
const year = Number(today.slice(0, 4));
const lastYear = year - 1;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const person = (
  role: Principal['roles'][number],
  regionCode: string,
  department: Principal['department'] = null,
) => ({ userId: `${role}-${regionCode}`, roles: [role], regionCode, department }) satisfies Principal;
const officer = (regionCode: string) => person('department_officer', regionCode, 'industry_it');
const citySupervisor = person('supervisor', '320500');
const provincialAuditor = person('auditor', '320000');

let keys = 0;
async function decide(caseId: string, path: string, body: object, who: Principal) {
  const answer = await api.app.inject({
    method: 'POST',
    url: `/v1/cases/${caseId}/${path}`,
    payload: body,
    headers: { ...(await bearer(who)), 'idempotency-key': `statistics-${process.pid}-${(keys += 1)}` },
  });
  expect(answer.statusCode).toBe(200);
  return answer.json() as { status: CaseStatus };
}

const technology = (overrides: Partial<FindingInput>) =>
  aFinding({
    dimension: 'technology',
    legalBasis: { law: '产业结构调整指导目录（2024年本）淘汰类' },
    findingDate: today,
    ...overrides,
  });

const SEALING = [
  'water_cut',
  'power_cut',
  'power_units_removed',
  'main_equipment_sealed',
  'public_commitment',
  'commitment_announced',
] as const;

/** Files a technology finding (exits at once) and takes it as far as `until` through the API. */
async function driveThroughApi(
  finding: FindingInput,
  {
    sealFirst = false,
    until = 'exited',
  }: { sealFirst?: boolean; until?: 'exiting' | 'county_passed' | 'exited' } = {},
): Promise<string> {
  const filed = await fileFinding(api.app, finding);
  expect(filed.statusCode).toBe(201);
  const caseId = (filed.json() as { id: string }).id;
  const region = finding.enterprise.regionCode;
  const status = await eventually(
    async () => (await api.database.db.select().from(cases).where(eq(cases.id, caseId)))[0]?.status,
    (s) => s === 'exiting',
  );
  expect(status).toBe('exiting');
  if (until === 'exiting') return caseId;
  const evidence = (item: string) => ({
    reason: '现场核查',
    evidence: [{ reference: `照片-${item}` }],
    item,
  });
  if (sealFirst)
    for (const item of SEALING) await decide(caseId, 'exit-evidence', evidence(item), officer(region));
  expect((await decide(caseId, 'exit-evidence', evidence('dismantled'), officer(region))).status).toBe(
    'awaiting_acceptance',
  );
  const opinion = (level: 'county' | 'city') => ({ reason: '验收合格', evidence: [], level, result: 'pass' });
  await decide(caseId, 'acceptance-opinions', opinion('county'), person('acceptance_inspector', region));
  if (until === 'county_passed') return caseId;
  expect(
    (await decide(caseId, 'acceptance-opinions', opinion('city'), person('acceptance_inspector', '320500')))
      .status,
  ).toBe('exited');
  return caseId;
}

const findings = {
  // A name with a quote and a comma: the CSV must quote it.
  gusuSteel: technology({
    enterprise: {
      name: '苏州"金阊"钢铁有限公司,一分厂',
      creditCode: creditCode('320508', 901),
      regionCode: '320508',
    },
    capacity: { equipment: '2号120吨转炉', value: 60.1, unit: '万吨/年' },
  }),
  gusuSealed: technology({
    enterprise: { name: '苏州某特钢有限公司', creditCode: creditCode('320508', 902), regionCode: '320508' },
    capacity: { equipment: '3号电弧炉', value: 39.2, unit: '万吨/年' },
  }),
  wuzhongCement: technology({
    enterprise: { name: '吴中某水泥有限公司', creditCode: creditCode('320506', 903), regionCode: '320506' },
    industry: 'cement',
    capacity: { equipment: 'φ3.2×52m 干法窑', value: 100, unit: '万吨/年' },
  }),
  gusuStillExiting: technology({
    enterprise: { name: '苏州某铸造有限公司', creditCode: creditCode('320508', 904), regionCode: '320508' },
    capacity: { equipment: '1号冲天炉', value: 5, unit: '万吨/年' },
  }),
  gusuAwaitingCity: technology({
    enterprise: { name: '苏州某轧钢有限公司', creditCode: creditCode('320508', 905), regionCode: '320508' },
    capacity: { equipment: '横列式轧机', value: 12, unit: '万吨/年' },
  }),
  // Exits later, in the same group but another unit.
  gusuLater: technology({
    enterprise: { name: '苏州某炼铁有限公司', creditCode: creditCode('320508', 906), regionCode: '320508' },
    capacity: { equipment: '1号高炉', value: 450, unit: '立方米' },
  }),
};
const ids = {} as Record<keyof typeof findings, string>;
let beforeAnyExit: string;
let afterFirstExits: string;

beforeAll(async () => {
  api = await startApiHarness();
  beforeAnyExit = new Date().toISOString();
  ids.gusuSteel = await driveThroughApi(findings.gusuSteel);
  ids.gusuSealed = await driveThroughApi(findings.gusuSealed, { sealFirst: true });
  ids.wuzhongCement = await driveThroughApi(findings.wuzhongCement);
  ids.gusuStillExiting = await driveThroughApi(findings.gusuStillExiting, { until: 'exiting' });
  ids.gusuAwaitingCity = await driveThroughApi(findings.gusuAwaitingCity, { until: 'county_passed' });
  afterFirstExits = new Date().toISOString();
}, 120_000);
afterAll(async () => {
  await api?.close();
});

async function table(
  query: string,
  who: Principal | null = citySupervisor,
  headers: Record<string, string> = {},
) {
  return api.app.inject({
    url: `/v1/statistics/exits?${query}`,
    headers: { ...(who ? await bearer(who) : {}), ...headers },
  });
}

type Row = ExitTable['rows'][number];

/** The GB/T 2260 names the tables must show beside these codes. */
const NAMES: Record<string, string> = {
  '320500': '苏州市',
  '320506': '吴中区',
  '320508': '姑苏区',
  '320505': '虎丘区',
};

/** What the API must say about a case driven through it today (everything happens today). */
function expectedRow(name: keyof typeof findings, sealed = false): Row {
  const finding = findings[name];
  return {
    caseId: ids[name],
    enterpriseName: finding.enterprise.name,
    creditCode: finding.enterprise.creditCode,
    regionCode: finding.enterprise.regionCode,
    regionName: NAMES[finding.enterprise.regionCode]!,
    industry: finding.industry,
    dimension: 'technology',
    equipment: finding.capacity.equipment,
    capacityValue: finding.capacity.value,
    capacityUnit: finding.capacity.unit,
    orderMeasure: 'shutdown',
    orderScope: 'equipment',
    exitMethod: sealed ? 'sealed_then_dismantled' : 'dismantled',
    exitOrderedOn: today,
    sealedOn: sealed ? today : null,
    dismantledOn: today,
    exitCompletedOn: today,
    countyAcceptedOn: today,
    acceptedOn: today,
    countedOn: today,
    countedAs: 'accepted',
  };
}

describe('this year’s table', () => {
  it('lists each case exited this year in the region with its exit’s steps, and sums capacity by region × industry × dimension per unit', async () => {
    const answer = await table(`year=${year}&cutoff=${encodeURIComponent(afterFirstExits)}`);
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    const body = answer.json() as ExitTable;
    expect(body).toMatchObject({
      year,
      period: 'year_end',
      regionCode: '320500',
      regionName: '苏州市',
      cutoff: afterFirstExits,
      asOf: afterFirstExits,
    });
    expect(body.title).toContain(`${year}年落后产能退出情况统计表`);
    expect(body.title).toContain('地区：320500 苏州市');
    expect(body.rows).toEqual([
      expectedRow('wuzhongCement'),
      expectedRow('gusuSteel'),
      expectedRow('gusuSealed', true),
    ]);
    // 60.1 + 39.2 is 99.30000000000001 in floating point; PostgreSQL adds the decimals exactly.
    expect(body.summary).toEqual([
      {
        regionCode: '320506',
        regionName: '吴中区',
        industry: 'cement',
        dimension: 'technology',
        capacityUnit: '万吨/年',
        cases: 1,
        capacityValue: 100,
      },
      {
        regionCode: '320508',
        regionName: '姑苏区',
        industry: 'steel',
        dimension: 'technology',
        capacityUnit: '万吨/年',
        cases: 2,
        capacityValue: 99.3,
      },
    ]);
    expect(body.totals).toEqual([{ capacityUnit: '万吨/年', cases: 3, capacityValue: 199.3 }]);
  });

  it('leaves out cases not exited: still exiting, or accepted by the county but not yet the city', async () => {
    const body = (await table(`year=${year}`)).json() as ExitTable;
    const listed = body.rows.map((row) => row.caseId);
    expect(listed).not.toContain(ids.gusuStillExiting);
    expect(listed).not.toContain(ids.gusuAwaitingCity);
    expect(listed).toEqual(expect.arrayContaining([ids.gusuSteel, ids.gusuSealed, ids.wuzhongCement]));
  });

  it('counts nothing before its exit was recorded, and gives the same table for the same cut-off after more cases exit', async () => {
    const before = (
      await table(`year=${year}&cutoff=${encodeURIComponent(beforeAnyExit)}`)
    ).json() as ExitTable;
    expect(before.rows).toEqual([]);
    expect(before.summary).toEqual([]);
    expect(before.totals).toEqual([]);
    const yesterday = addDays(today, -1);
    if (Number(yesterday.slice(0, 4)) === year)
      expect(((await table(`year=${year}&cutoff=${yesterday}`)).json() as ExitTable).rows).toEqual([]);

    const query = `year=${year}&cutoff=${encodeURIComponent(afterFirstExits)}`;
    const first = await table(query);
    const firstCsv = await table(`${query}&format=csv`);
    ids.gusuLater = await driveThroughApi(findings.gusuLater);

    const again = await table(query);
    expect(again.json()).toEqual(first.json());
    expect((await table(`${query}&format=csv`)).body).toBe(firstCsv.body);

    // Now, the later exit counts: in its group, in a row of its own unit, never added to 万吨/年.
    const now = (await table(`year=${year}`)).json() as ExitTable;
    expect(now.rows.map((row) => row.caseId)).toContain(ids.gusuLater);
    expect(now.rows.find((row) => row.caseId === ids.gusuLater)).toEqual(expectedRow('gusuLater'));
    expect(now.summary.filter((group) => group.regionCode === '320508')).toEqual(
      expect.arrayContaining([
        {
          regionCode: '320508',
          regionName: '姑苏区',
          industry: 'steel',
          dimension: 'technology',
          capacityUnit: '万吨/年',
          cases: 2,
          capacityValue: 99.3,
        },
        {
          regionCode: '320508',
          regionName: '姑苏区',
          industry: 'steel',
          dimension: 'technology',
          capacityUnit: '立方米',
          cases: 1,
          capacityValue: 450,
        },
      ]),
    );
    expect(now.summary).toHaveLength(3);
    expect(now.totals).toEqual(
      expect.arrayContaining([
        { capacityUnit: '万吨/年', cases: 3, capacityValue: 199.3 },
        { capacityUnit: '立方米', cases: 1, capacityValue: 450 },
      ]),
    );
    expect(now.totals).toHaveLength(2);
  });
});

// ---- CSV and XLSX

/** RFC 4180: fields separated by commas, records by CRLF, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else field += c;
  }
  if (field !== '' || record.length > 0) throw new Error('the CSV does not end with CRLF');
  return records;
}

const DETAIL_HEADERS = [
  '序号 No.',
  '企业名称 Enterprise',
  '统一社会信用代码 Credit code',
  '行政区划代码 Region',
  '地区名称 Region name',
  '行业 Industry',
  '标准类别 Dimension',
  '设备（生产线）Equipment',
  '产能 Capacity',
  '单位 Unit',
  '退出措施 Order measure',
  '退出范围 Order scope',
  '退出方式 Exit method',
  '决定退出日期 Exit ordered',
  '封停日期 Sealed',
  '拆除日期 Dismantled',
  '退出完成日期 Exit completed',
  '县级验收日期 County acceptance',
  '市级验收（退出）日期 Accepted',
  '计入退出日期 Counted',
  '计入依据 Counted as',
  '案件编号 Case',
];
const SUMMARY_HEADERS = [
  '行政区划代码 Region',
  '地区名称 Region name',
  '行业 Industry',
  '标准类别 Dimension',
  '单位 Unit',
  '退出案件数 Cases',
  '退出产能 Capacity',
];

/** A JSON row as the spreadsheets show it: codes by their Chinese labels, dates as written. */
function asSheetRow(row: Row, index: number): (string | number)[] {
  return [
    index + 1,
    row.enterpriseName,
    row.creditCode,
    row.regionCode,
    row.regionName ?? '',
    INDUSTRIES[row.industry as keyof typeof INDUSTRIES],
    DIMENSIONS[row.dimension as keyof typeof DIMENSIONS],
    row.equipment,
    row.capacityValue,
    row.capacityUnit,
    row.orderMeasure ? EXIT_MEASURES[row.orderMeasure] : '',
    row.orderScope ? EXIT_SCOPES[row.orderScope] : '',
    row.exitMethod === 'dismantled' ? '拆除' : '先封停后拆除',
    row.exitOrderedOn ?? '',
    row.sealedOn ?? '',
    row.dismantledOn ?? '',
    row.exitCompletedOn ?? '',
    row.countyAcceptedOn ?? '',
    row.acceptedOn ?? '',
    row.countedOn,
    row.countedAs === 'accepted' ? '市级验收通过' : '封存主体设备（计为退出）',
    row.caseId,
  ];
}
const asSummaryRow = (group: ExitTable['summary'][number]) => [
  group.regionCode,
  group.regionName ?? '',
  INDUSTRIES[group.industry as keyof typeof INDUSTRIES],
  DIMENSIONS[group.dimension as keyof typeof DIMENSIONS],
  group.capacityUnit,
  group.cases,
  group.capacityValue,
];
const asText = (cells: (string | number)[]) => cells.map(String);

describe('the spreadsheets', () => {
  const query = () => `year=${year}&cutoff=${encodeURIComponent(afterFirstExits)}`;

  it('gives CSV with a BOM, bilingual headers and the same rows as the JSON, for format=csv or Accept: text/csv', async () => {
    const json = (await table(query())).json() as ExitTable;
    expect(json.rows).toHaveLength(3);
    for (const answer of [
      await table(`${query()}&format=csv`),
      await table(query(), citySupervisor, { accept: 'text/csv' }),
    ]) {
      expect(answer.statusCode).toBe(200);
      expect(answer.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
      expect(answer.headers['content-disposition']).toMatch(
        new RegExp(
          `^attachment; filename="exit-statistics-${year}-year_end-320500-[\\w-]+\\.csv"; filename\\*=UTF-8''`,
        ),
      );
      expect(decodeURIComponent(String(answer.headers['content-disposition']).split("''")[1]!)).toMatch(
        /^落后产能退出情况统计表-.*\.csv$/,
      );
      const bytes = answer.rawPayload;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const [header, ...records] = parseCsv(bytes.toString('utf8').slice(1));
      expect(header).toEqual(DETAIL_HEADERS);
      expect(records).toEqual(json.rows.map((row, index) => asText(asSheetRow(row, index))));
    }
    expect(json.rows[1]!.enterpriseName).toBe('苏州"金阊"钢铁有限公司,一分厂');

    const summary = await table(`${query()}&format=csv&part=summary`);
    expect(summary.headers['content-disposition']).toMatch(/-summary\.csv"/);
    const [header, ...records] = parseCsv(summary.body.replace(/^\uFEFF/, ''));
    expect(header).toEqual(SUMMARY_HEADERS);
    expect(records).toEqual(json.summary.map((group) => asText(asSummaryRow(group))));
  });

  it('gives XLSX with 明细 and 汇总 under a title row and a bold header, holding the same rows as the JSON', async () => {
    const json = (await table(query())).json() as ExitTable;
    for (const answer of [
      await table(`${query()}&format=xlsx`),
      await table(query(), citySupervisor, { accept: `text/html;q=0.9, ${XLSX}` }),
    ]) {
      expect(answer.statusCode).toBe(200);
      expect(answer.headers['content-type']).toBe(XLSX);
      expect(answer.headers['content-disposition']).toMatch(/\.xlsx"; filename\*=UTF-8''/);
      const workbook = new Workbook();
      await workbook.xlsx.load(answer.rawPayload as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['明细', '汇总']);
      const values = (sheet: string, from: number) => {
        const rows: (string | number)[][] = [];
        workbook.getWorksheet(sheet)!.eachRow((row, number) => {
          if (number < from) return;
          const cells: (string | number)[] = [];
          for (let i = 1; i <= row.cellCount; i++)
            cells.push((row.getCell(i).value as string | number | null) ?? '');
          rows.push(cells);
        });
        return rows;
      };
      for (const name of ['明细', '汇总']) {
        const sheet = workbook.getWorksheet(name)!;
        const title = String(sheet.getCell(1, 1).value);
        expect(title).toContain(`${year}年`);
        expect(title).toContain('320500 苏州市');
        expect(title).toContain(afterFirstExits);
        expect(sheet.getRow(2).getCell(1).font?.bold).toBe(true);
      }
      expect(values('明细', 2)).toEqual([DETAIL_HEADERS, ...json.rows.map(asSheetRow)]);
      expect(values('汇总', 2)).toEqual([
        SUMMARY_HEADERS,
        ...json.summary.map(asSummaryRow),
        ...json.totals.map((total) => [
          '合计 Total',
          '',
          '',
          '',
          total.capacityUnit,
          total.cases,
          total.capacityValue,
        ]),
      ]);
    }
  });

  it('gives the same XLSX, byte for byte, for the same query asked again later', async () => {
    const first = await table(`${query()}&format=xlsx`);
    // Zip keeps times to two seconds: without a fixed stamp, a later answer would differ.
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const again = await table(`${query()}&format=xlsx`);
    expect(first.statusCode).toBe(200);
    expect(again.rawPayload.equals(first.rawPayload)).toBe(true);
  });

  it('stamps every zip entry of the XLSX with the cut-off, China Standard Time', async () => {
    const at = new Date('2025-12-31T16:30:08.000Z'); // 2026-01-01 00:30:08 in China
    const stamped = await toXlsx({
      title: '',
      year: 2025,
      period: 'year_end',
      regionCode: '320500',
      regionName: '苏州市',
      cutoff: at.toISOString(),
      asOf: at.toISOString(),
      rows: [],
      summary: [],
      totals: [],
    });
    const times = new Set<string>();
    for (
      let entry = stamped.indexOf('PK\x01\x02', 0, 'latin1');
      entry >= 0;
      entry = stamped.indexOf('PK\x01\x02', entry + 4, 'latin1')
    )
      times.add(`${stamped.readUInt16LE(entry + 14)}:${stamped.readUInt16LE(entry + 12)}`);
    // MS-DOS date (2026-1980)<<9 | 1<<5 | 1, time 0<<11 | 30<<5 | 8>>1.
    expect([...times]).toEqual([`${(46 << 9) | (1 << 5) | 1}:${(30 << 5) | 4}`]);
  });

  it('keeps a spreadsheet from running an enterprise name as a formula, and leaves an unnamed region’s name empty', () => {
    const row = {
      ...expectedRow('gusuSteel'),
      enterpriseName: '=HYPERLINK("http://x","点我")',
      regionCode: '540481',
      regionName: null,
    };
    const csv = toCsv(
      {
        title: '',
        year,
        period: 'year_end',
        regionCode: '320500',
        regionName: '苏州市',
        cutoff: today,
        asOf: '',
        rows: [row],
        summary: [],
        totals: [],
      },
      'details',
    );
    const [, record] = parseCsv(csv.slice(1));
    expect(record![1]).toBe(`'=HYPERLINK("http://x","点我")`);
    expect(record!.slice(3, 5)).toEqual(['540481', '']);
  });
});

// ---- past years, written straight into the ledger (tests/helpers/backdated-exits.ts)

describe('past years', () => {
  const region = '320505';
  const past = {} as Record<'newYearsEve' | 'newYearsDay' | 'lastOfJune' | 'firstOfJuly', string>;

  beforeAll(async () => {
    const before = lastYear - 1;
    // 23:30 on 31 December in China is still that year; 00:10 on 1 January is the next (and still the old year in UTC).
    past.newYearsEve = await backdatedExit(
      api.database.db,
      '除夕',
      region,
      'technology',
      exitSteps(lastYear - 1, cst(`${before}-12-31T23:30:00`), {
        dismantled: [cst(`${before}-11-20T09:00:00`)],
      }),
    );
    past.newYearsDay = await backdatedExit(
      api.database.db,
      '元旦',
      region,
      'energy',
      exitSteps(lastYear - 1, cst(`${lastYear}-01-01T00:10:00`), {
        order: { measure: 'ban', scope: 'whole_enterprise' },
        sealedAt: cst(`${before}-11-01T09:00:00`),
        dismantled: [cst(`${before}-12-01T09:00:00`)],
        completedAt: cst(`${before}-12-05T09:00:00`),
      }),
    );
    past.lastOfJune = await backdatedExit(
      api.database.db,
      '六月',
      region,
      'technology',
      exitSteps(lastYear - 1, cst(`${lastYear}-06-30T23:59:00`), {
        dismantled: [cst(`${lastYear}-05-01T09:00:00`)],
      }),
    );
    // Dismantled, failed at the county, dismantled again: the second dismantling is the one that counts.
    past.firstOfJuly = await backdatedExit(
      api.database.db,
      '七月',
      region,
      'technology',
      exitSteps(lastYear - 1, cst(`${lastYear}-07-01T00:00:00`), {
        dismantled: [cst(`${lastYear}-05-10T09:00:00`), cst(`${lastYear}-06-15T09:00:00`)],
      }),
    );
  }, 60_000);

  const ask = async (query: string) => {
    const answer = await table(`${query}&region=${region}`, provincialAuditor);
    expect(answer.statusCode).toBe(200);
    return answer.json() as ExitTable;
  };

  it('places an exit in the year of its city acceptance, China Standard Time, and a mid-year table ends with 30 June', async () => {
    const ids = (body: ExitTable) => body.rows.map((row) => row.caseId);
    expect(ids(await ask(`year=${lastYear - 1}`))).toEqual([past.newYearsEve]);
    expect(ids(await ask(`year=${lastYear}`))).toEqual([past.newYearsDay, past.lastOfJune, past.firstOfJuly]);
    expect(ids(await ask(`year=${lastYear}&period=mid_year`))).toEqual([past.newYearsDay, past.lastOfJune]);
    expect(ids(await ask(`year=${year}`))).toEqual([]);
  });

  it('reports the order, sealing, the last dismantling, completion and acceptance from the ledger', async () => {
    const rows = (await ask(`year=${lastYear}`)).rows;
    const before = lastYear - 1;
    expect(rows.map((row) => row.regionName)).toEqual(['虎丘区', '虎丘区', '虎丘区']);
    expect(rows[0]).toMatchObject({
      caseId: past.newYearsDay,
      orderMeasure: 'ban',
      orderScope: 'whole_enterprise',
      exitMethod: 'sealed_then_dismantled',
      exitOrderedOn: `${before}-10-10`,
      sealedOn: `${before}-11-01`,
      dismantledOn: `${before}-12-01`,
      exitCompletedOn: `${before}-12-05`,
      countyAcceptedOn: `${before}-12-31`,
      acceptedOn: `${lastYear}-01-01`,
    });
    expect(rows[2]).toMatchObject({
      caseId: past.firstOfJuly,
      orderMeasure: 'shutdown',
      orderScope: 'equipment',
      exitMethod: 'dismantled',
      sealedOn: null,
      dismantledOn: `${lastYear}-06-15`,
      exitCompletedOn: `${lastYear}-06-15`,
      countyAcceptedOn: `${lastYear}-06-30`,
      acceptedOn: `${lastYear}-07-01`,
    });
  });

  it('does not count entries recorded after the cut-off, even when they happened before it', async () => {
    // These entries were written today; a cut-off yesterday predates them.
    expect((await ask(`year=${lastYear}&cutoff=${addDays(today, -1)}`)).rows).toEqual([]);
  });

  it('reads nothing from the case row’s changing state', async () => {
    const asOf = encodeURIComponent(new Date().toISOString());
    const first = await ask(`year=${lastYear}&cutoff=${asOf}`);
    expect(first.rows).toHaveLength(3);
    const touched = Object.values(past);
    await api.database.db
      .update(cases)
      .set({ status: 'exiting', outcome: null, state: null })
      .where(inArray(cases.id, touched));
    expect(await ask(`year=${lastYear}&cutoff=${asOf}`)).toEqual(first);
  });
});

// ---- who may read it, and bad queries

describe('access', () => {
  it('shows a county supervisor only its county’s exits, and refuses another county with 403', async () => {
    const gusu = person('supervisor', '320508');
    const own = (await table(`year=${year}`, gusu)).json() as ExitTable;
    expect(own.regionCode).toBe('320508');
    expect(own.rows.length).toBeGreaterThan(0);
    expect(own.rows.every((row) => row.regionCode === '320508')).toBe(true);
    expect(own.rows.map((row) => row.caseId)).not.toContain(ids.wuzhongCement);

    const elsewhere = await table(`year=${year}&region=320506`, gusu);
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(elsewhere.json()).toMatchObject({ type: '/problems/forbidden', status: 403 });

    const wuzhong = (await table(`year=${year}&region=320506`, citySupervisor)).json() as ExitTable;
    expect(wuzhong.rows.map((row) => row.caseId)).toEqual([ids.wuzhongCement]);
  });

  it('lets government approvers, auditors and administrators read it; refuses other roles with 403 and no token with 401', async () => {
    for (const role of ['government_approver', 'auditor', 'administrator'] as const)
      expect((await table(`year=${year}`, person(role, '320500'))).statusCode).toBe(200);
    for (const who of [officer('320508'), person('acceptance_inspector', '320500')]) {
      const refused = await table(`year=${year}`, who);
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ type: '/problems/forbidden' });
    }
    const anonymous = await table(`year=${year}`, null);
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['www-authenticate']).toBe('Bearer');
    expect(anonymous.json()).toMatchObject({ type: '/problems/unauthorized' });
  });

  it.each([
    ['no year', '', '/year'],
    ['a year that is not a number', 'year=twenty', '/year'],
    ['an unknown format', `year=${year}&format=pdf`, '/format'],
    ['an unknown period', `year=${year}&period=q3`, '/period'],
    ['a date that does not exist', `year=${year}&cutoff=${year}-02-30`, '/cutoff'],
    ['an instant without its offset', `year=${year}&cutoff=${year}-01-31T12:00:00`, '/cutoff'],
    ['a cut-off in the future', `year=${year}&cutoff=${addDays(today, 1)}`, '/cutoff'],
    [
      'an instant in the future',
      `year=${year}&cutoff=${encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString())}`,
      '/cutoff',
    ],
    ['a year after the cut-off', `year=${year}&cutoff=${year - 1}-12-31`, '/year'],
    ['a year after today', `year=${year + 1}`, '/year'],
    ['a region that is not a GB/T 2260 code', `year=${year}&region=3205`, '/region'],
  ])('answers 400 naming the field for %s', async (_what, query, pointer) => {
    const answer = await table(query);
    expect(answer.statusCode).toBe(400);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(answer.json()).toMatchObject({ type: '/problems/validation', status: 400 });
    expect((answer.json() as { errors: { pointer: string }[] }).errors.map((e) => e.pointer)).toContain(
      pointer,
    );
  });

  it('documents the query and the three content types in OpenAPI', async () => {
    const answer = await api.app.inject({ url: '/docs/json' });
    expect(answer.statusCode).toBe(200);
    const doc = answer.json() as {
      paths: Record<
        string,
        { get: { parameters: { name: string }[]; responses: Record<string, { content: object }> } }
      >;
    };
    const route = doc.paths['/v1/statistics/exits']!.get;
    expect(route.parameters.map((p) => p.name).sort()).toEqual([
      'cutoff',
      'format',
      'part',
      'period',
      'region',
      'year',
    ]);
    expect(Object.keys(route.responses['200']!.content).sort()).toEqual(
      ['application/json', 'text/csv', XLSX].sort(),
    );
    for (const status of ['400', '401', '403'])
      expect(Object.keys(route.responses[status]!.content)).toEqual(['application/problem+json']);
  });
});

describe('sealed capacity, under a profile that counts it as exited and one that does not', () => {
  // 宁夏 实施意见 （九）: 采取断电、断水，拆除动力装置，封存主体设备等措施淘汰相关主体设备（生产线），使相应产能不再投入生产 —
  // sealed main equipment is capacity that has exited, in the year it was sealed. The national default counts
  // an exit once the city accepts it.
  const before = lastYear - 1;
  const ningxia = { policyProfile: 'ningxia', policyVersion: '2017.1' };
  const national = { policyProfile: 'national', policyVersion: '2024.2' };
  const sealedThenAccepted = exitSteps(lastYear - 1, cst(`${lastYear}-04-01T10:00:00`), {
    order: { measure: 'shutdown', scope: 'equipment' },
    sealedAt: cst(`${before}-11-01T09:00:00`),
    dismantled: [cst(`${lastYear}-03-01T09:00:00`)],
  });
  const sealedOnly = exitSteps(lastYear - 1, cst(`${lastYear}-04-01T10:00:00`), {
    order: { measure: 'shutdown', scope: 'equipment' },
    sealedAt: cst(`${before}-11-20T09:00:00`),
    dismantled: [],
  }).filter((step) => step.type !== 'acceptance_passed');
  const ids = {} as Record<'ningxiaAccepted' | 'ningxiaSealed' | 'nationalAccepted', string>;
  const auditorOf = (regionCode: string): Principal => ({
    userId: `auditor-${regionCode}`,
    roles: ['auditor'],
    regionCode,
    department: null,
  });

  beforeAll(async () => {
    ids.ningxiaAccepted = await backdatedExit(
      api.database.db,
      '宁夏封存',
      '640104',
      'energy',
      sealedThenAccepted,
      ningxia,
    );
    ids.ningxiaSealed = await backdatedExit(
      api.database.db,
      '宁夏待拆',
      '640104',
      'energy',
      sealedOnly,
      ningxia,
    );
    ids.nationalAccepted = await backdatedExit(
      api.database.db,
      '吴江封存',
      '320509',
      'energy',
      sealedThenAccepted,
      national,
    );
  }, 60_000);

  const ask = async (query: string, regionCode: string) => {
    const answer = await table(`${query}&region=${regionCode}`, auditorOf(`${regionCode.slice(0, 2)}0000`));
    expect(answer.statusCode).toBe(200);
    return (answer.json() as ExitTable).rows;
  };

  it('counts 宁夏’s sealed equipment in the year it was sealed, once, accepted or not', async () => {
    const sealedYear = await ask(`year=${before}`, '640104');
    expect(sealedYear.map((row) => row.caseId).sort()).toEqual(
      [ids.ningxiaAccepted, ids.ningxiaSealed].sort(),
    );
    expect(sealedYear.find((row) => row.caseId === ids.ningxiaAccepted)).toMatchObject({
      countedOn: `${before}-11-01`,
      countedAs: 'sealed',
      sealedOn: `${before}-11-01`,
      acceptedOn: `${lastYear}-04-01`,
      exitMethod: 'sealed_then_dismantled',
    });
    expect(sealedYear.find((row) => row.caseId === ids.ningxiaSealed)).toMatchObject({
      countedOn: `${before}-11-20`,
      countedAs: 'sealed',
      acceptedOn: null,
      dismantledOn: null,
      exitMethod: 'sealed',
    });
    expect(await ask(`year=${lastYear}`, '640104')).toEqual([]);
  });

  it('counts the national default’s sealed equipment only when the city accepts the exit', async () => {
    expect(await ask(`year=${before}`, '320509')).toEqual([]);
    const acceptedYear = await ask(`year=${lastYear}`, '320509');
    expect(acceptedYear).toEqual([
      expect.objectContaining({
        caseId: ids.nationalAccepted,
        countedOn: `${lastYear}-04-01`,
        countedAs: 'accepted',
        sealedOn: `${before}-11-01`,
      }),
    ]);
  });
});
