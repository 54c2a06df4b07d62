/**
 * The census upload (普查清单上传) through the API, against the real dev server and PostgreSQL: the
 * template workbook; the preview of real XLSX and CSV files (UTF-8 with and without a byte-order mark,
 * GBK) built here, each row's finding or its errors at their cells; files the preview refuses; and the
 * valid rows filed through the batch endpoint exactly as previewed, once however often they are sent.
 */
import { deflateRawSync } from 'node:zlib';
import { inArray } from 'drizzle-orm';
import { Workbook } from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import type { Principal } from '../../api/auth';
import { cases } from '../../db/schema';
import { addDays, chinaDateOf } from '../../domain/calendar';
import type { FindingInput } from '../../domain/finding';
import { startApiHarness, type ApiHarness } from '../helpers/api';
import { OpenApiContract } from '../helpers/openapi';
import { CENSUS_HEADERS, censusCsv, censusRow, censusXlsx, type CensusCell } from '../kit/census';
import { aFinding, creditCode } from '../kit/findings';
import { bearer, officerFor } from '../kit/tokens';

let api: ApiHarness;
let contract: OpenApiContract;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const today = chinaDateOf(new Date());
const recent = addDays(today, -10);
/** The officer of the kit's findings: industry & IT, Gusu (320508). */
const officer = officerFor(aFinding());

beforeAll(async () => {
  api = await startApiHarness();
  contract = await OpenApiContract.of(api.app);
}, 60_000);
afterAll(async () => {
  await api?.close();
});

/** Every answer must be one the OpenAPI document promises. */
function documented(method: string, url: string, answer: LightMyRequestResponse) {
  expect(contract.problemWith(method, url, answer)).toBeNull();
  return answer;
}

async function preview(body: Buffer | string, contentType: string, principal: Principal = officer) {
  const url = '/v1/findings/census-preview';
  const answer = await api.app.inject({
    method: 'POST',
    url,
    payload: body,
    headers: { ...(await bearer(principal)), 'content-type': contentType },
  });
  return documented('POST', url, answer);
}

type Preview = {
  format: string;
  encoding: string | null;
  sheet: string | null;
  headerRow: number;
  columns: { field: string; header: string; required: boolean; column: string | null }[];
  ignoredColumns: { column: string; header: string }[];
  summary: { rows: number; valid: number; invalid: number };
  rows: {
    row: number;
    values: Record<string, string>;
    finding: object | null;
    errors: {
      cell: string | null;
      column: string | null;
      field: string | null;
      header: string | null;
      message: string;
    }[];
  }[];
};

/** The finding as filed: the schema's defaults filled in. */
const asFiled = (finding: FindingInput) => ({ source: 'routine_inspection', evidence: [], ...finding });

const recentFinding = (overrides: Partial<FindingInput> = {}) =>
  aFinding({
    findingDate: recent,
    capacity: { equipment: '2号高炉', value: 60, unit: '万吨/年' },
    ...overrides,
  });

describe('the template', () => {
  it('is a workbook with the census sheet’s header, notes and drop-down lists, for officers only', async () => {
    const url = '/v1/findings/census-template.xlsx';
    const answer = documented('GET', url, await api.app.inject({ url, headers: await bearer(officer) }));
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toBe(XLSX);
    expect(answer.headers['content-disposition']).toContain(encodeURIComponent('普查清单模板.xlsx'));
    const workbook = new Workbook();
    await workbook.xlsx.load(answer.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['普查清单', '填写说明', '代码表']);
    const sheet = workbook.getWorksheet('普查清单')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...CENSUS_HEADERS]);
    expect(sheet.rowCount).toBe(1);
    expect(JSON.stringify(sheet.getCell('D1').note)).toContain('GB 32100');
    expect(sheet.getCell('A2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ["'代码表'!$A$2:$A$8"],
    });
    expect(sheet.getCell('F1000').dataValidation).toMatchObject({ type: 'list' });
    const codes = workbook.getWorksheet('代码表')!;
    expect(codes.getCell('A2').value).toBe('工业和信息化局');
    expect(codes.getCell('B2').value).toBe('industry_it');

    const supervisor: Principal = {
      userId: 's',
      roles: ['supervisor'],
      regionCode: '320500',
      department: null,
    };
    const refused = documented('GET', url, await api.app.inject({ url, headers: await bearer(supervisor) }));
    expect(refused.statusCode).toBe(403);
    expect(documented('GET', url, await api.app.inject({ url })).statusCode).toBe(401);
  });

  it('comes back filled as findings exactly as the batch endpoint files them, once however often sent', async () => {
    const findings = [recentFinding(), recentFinding({ legalBasis: { law: '中华人民共和国节约能源法' } })];
    const template = await api.app.inject({
      url: '/v1/findings/census-template.xlsx',
      headers: await bearer(officer),
    });
    const workbook = new Workbook();
    await workbook.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('普查清单')!;
    for (const finding of findings) sheet.addRow(censusRow(finding));
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());

    const answer = await preview(filled, XLSX);
    expect(answer.statusCode).toBe(200);
    const body = answer.json() as Preview;
    expect(body).toMatchObject({ format: 'xlsx', encoding: null, sheet: '普查清单', headerRow: 1 });
    expect(body.summary).toEqual({ rows: 2, valid: 2, invalid: 0 });
    expect(body.rows.map((row) => [row.row, row.errors, row.finding])).toEqual(
      findings.map((finding, index) => [index + 2, [], asFiled(finding)]),
    );
    expect(body.rows[0]!.values).toMatchObject({ department: '工业和信息化局', 'capacity.value': '60' });
    // The preview files nothing.
    const documentNumbers = findings.map((finding) => finding.documentNumber);
    const filedBefore = await api.database.db
      .select({ id: cases.id })
      .from(cases)
      .where(inArray(cases.documentNumber, documentNumbers));
    expect(filedBefore).toEqual([]);

    const batch = async () =>
      api.app.inject({
        method: 'POST',
        url: '/v1/findings/batch',
        payload: { findings: body.rows.map((row) => row.finding) },
        headers: await bearer(officer),
      });
    const first = await batch();
    expect(first.statusCode).toBe(200);
    expect(first.json().summary).toMatchObject({ created: 2, existing: 0 });
    const again = await batch();
    expect(again.json().summary).toMatchObject({ created: 0, existing: 2 });
    const filed = await api.database.db
      .select({ id: cases.id })
      .from(cases)
      .where(inArray(cases.documentNumber, documentNumbers));
    expect(filed).toHaveLength(2);
  });
});

describe('the preview', () => {
  it('points each bad row’s errors at their cells, and keeps the good rows', async () => {
    const good = recentFinding();
    const badCode = recentFinding();
    const secondGood = recentFinding();
    const rows: CensusCell[][] = [
      censusRow(good), // row 2
      (() => {
        const row = censusRow(badCode); // row 3: the check character is wrong
        row[3] = `${badCode.enterprise.creditCode.slice(0, 17)}${badCode.enterprise.creditCode.endsWith('0') ? '1' : '0'}`;
        return row;
      })(),
      (() => {
        const row = censusRow(recentFinding()); // row 4: capacity not a number, industry unknown, date missing
        row[8] = '六十';
        row[5] = '炼钢';
        row[12] = null;
        return row;
      })(),
      censusRow(recentFinding({ findingDate: addDays(today, 3) })), // row 5: after today
      censusRow(
        // row 6: environment, whose period the department states, without one
        recentFinding({
          dimension: 'environment',
          department: 'environment_bureau',
          rectificationMonths: undefined,
        }),
      ),
      censusRow(
        // row 7: an enterprise in Nanjing, outside the officer's county
        recentFinding({
          enterprise: { name: '南京某钢厂', creditCode: creditCode('320102', 777), regionCode: '320102' },
        }),
      ),
      censusRow({ ...recentFinding(), documentNumber: good.documentNumber }), // row 8: the same document as row 2
      censusRow(secondGood), // row 9
    ];
    const answer = await preview(await censusXlsx(rows), XLSX);
    expect(answer.statusCode).toBe(200);
    const body = answer.json() as Preview;
    expect(body.summary).toEqual({ rows: 8, valid: 2, invalid: 6 });
    const errorsOf = (row: number) => body.rows.find((r) => r.row === row)!.errors;
    const findingOf = (row: number) => body.rows.find((r) => r.row === row)!.finding;
    expect(findingOf(2)).toEqual(asFiled(good));
    expect(findingOf(9)).toEqual(asFiled(secondGood));
    expect(errorsOf(2)).toEqual([]);

    expect(errorsOf(3)).toEqual([
      {
        cell: 'D3',
        column: 'D',
        field: 'enterprise.creditCode',
        header: '统一社会信用代码',
        message: expect.stringContaining('check character'),
      },
    ]);
    expect(findingOf(3)).toBeNull();
    expect(errorsOf(4).map((error) => [error.cell, error.header])).toEqual([
      ['F4', '行业'],
      ['I4', '产能数值'],
      ['M4', '认定日期'],
    ]);
    expect(errorsOf(4).find((error) => error.cell === 'I4')!.message).toContain('must be a number');
    expect(errorsOf(4).find((error) => error.cell === 'F4')!.message).toContain('钢铁');
    expect(errorsOf(4).find((error) => error.cell === 'M4')!.message).toContain('required');
    expect(errorsOf(5)).toEqual([
      expect.objectContaining({ cell: 'M5', message: expect.stringContaining('after today') }),
    ]);
    // The department must state the period: the schema's rule, at the 整改期限 cell.
    expect(errorsOf(6)).toEqual([
      expect.objectContaining({
        cell: 'N6',
        field: 'rectificationMonths',
        message: expect.stringContaining('required'),
      }),
    ]);
    // Valid data the caller may not file: a problem of the row, with the filing rule's reason.
    expect(errorsOf(7)).toEqual([
      {
        cell: null,
        column: null,
        field: null,
        header: null,
        message: expect.stringContaining('no jurisdiction'),
      },
    ]);
    expect(errorsOf(8)).toEqual([
      expect.objectContaining({
        cell: 'B8',
        field: 'documentNumber',
        message: expect.stringContaining('row 2'),
      }),
    ]);
    // Another department's row, as the environment bureau's officer: refused for the department.
    const environmentOfficer = officerFor({ department: 'environment_bureau', enterprise: good.enterprise });
    const asEnvironment = (
      await preview(await censusXlsx(rows.slice(0, 1)), XLSX, environmentOfficer)
    ).json() as Preview;
    expect(asEnvironment.rows[0]!.errors).toEqual([
      expect.objectContaining({
        cell: null,
        message: expect.stringContaining('cannot file for industry_it'),
      }),
    ]);
  });

  it('reads dates as Excel dates, as day numbers and as Chinese text, and codes as labels or codes', async () => {
    const findings = [recentFinding(), recentFinding(), recentFinding(), recentFinding(), recentFinding()];
    const [y, m, d] = recent.split('-').map(Number) as [number, number, number];
    const rows = findings.map(censusRow);
    rows[0]![12] = new Date(Date.UTC(y, m - 1, d));
    rows[1]![12] = `${y}年${m}月${d}日`;
    rows[2]![12] = `${y}/${m}/${d}`;
    // Day 45,000 of Excel's 1900 date system is 2023-03-15 (a cell without a date format).
    rows[4]![12] = 45_000;
    rows[3]![0] = 'industry_it';
    rows[3]![5] = 'steel';
    rows[3]![15] = '专项检查';
    rows[3]![16] = '现场检查笔录1号；照片 2 张\n监测报告';
    const body = (await preview(await censusXlsx(rows), XLSX)).json() as Preview;
    expect(body.summary).toEqual({ rows: 5, valid: 5, invalid: 0 });
    expect(body.rows.map((row) => (row.finding as { findingDate: string }).findingDate)).toEqual([
      recent,
      recent,
      recent,
      recent,
      '2023-03-15',
    ]);
    expect(body.rows[3]!.finding).toMatchObject({
      source: 'special_inspection',
      evidence: [{ reference: '现场检查笔录1号' }, { reference: '照片 2 张' }, { reference: '监测报告' }],
    });
  });

  it('reads the major-hazard column: 是 on a safety finding, and refuses it on another, naming its cell', async () => {
    // 云应急办〔2019〕14号 三（三）: 对存在重大生产安全事故隐患的，一律责令停产整改.
    const safety = recentFinding({
      department: 'emergency_management',
      dimension: 'safety',
      rectificationMonths: 2,
      majorAccidentHazard: true,
      legalBasis: { law: '中华人民共和国安全生产法' },
    });
    const energy = recentFinding({ majorAccidentHazard: true });
    const body = (
      await preview(await censusXlsx([censusRow(safety), censusRow(energy)]), XLSX, officerFor(safety))
    ).json() as Preview;
    expect(body.rows[0]!.finding).toMatchObject({ dimension: 'safety', majorAccidentHazard: true });
    expect(body.rows[0]!.errors ?? []).toEqual([]);
    expect(body.rows[1]!.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'majorAccidentHazard', cell: 'O3' })]),
    );
  });

  it('finds the header under a title row, in any order, and names the columns it does not read', async () => {
    const finding = recentFinding();
    const cells = censusRow(finding);
    // Reversed, with a column of the office's own at the end.
    const headers: string[] = [...CENSUS_HEADERS].reverse();
    headers.push('备注');
    const row = [...cells].reverse().concat('内部备注');
    row[CENSUS_HEADERS.length - 1 - 3] = 'not-a-code'; // the credit code, now in column N
    const body = (
      await preview(await censusXlsx([row], { headers, above: [['2026年度落后产能普查清单']] }), XLSX)
    ).json() as Preview;
    expect(body.headerRow).toBe(2);
    expect(body.ignoredColumns).toEqual([{ column: 'R', header: '备注' }]);
    expect(body.columns.find((c) => c.field === 'enterprise.creditCode')!.column).toBe('N');
    expect(body.rows[0]!.errors).toEqual([expect.objectContaining({ cell: 'N3' })]);
  });

  it('reads CSV in UTF-8 with and without a byte-order mark, and in GBK with or without its charset', async () => {
    const findings = [
      recentFinding(),
      recentFinding({
        enterprise: {
          name: '苏州"某某"钢铁, 有限公司',
          creditCode: creditCode('320508', 4711),
          regionCode: '320508',
        },
      }),
    ];
    const rows = findings.map(censusRow);
    const cases: [Buffer, string, string][] = [
      [censusCsv(rows, 'utf-8-bom'), 'text/csv', 'utf-8'],
      [censusCsv(rows, 'utf-8'), 'text/csv; charset=utf-8', 'utf-8'],
      [censusCsv(rows, 'gbk'), 'text/csv', 'gb18030'],
      [censusCsv(rows, 'gbk'), 'text/csv; charset=GBK', 'gb18030'],
    ];
    for (const [file, type, encoding] of cases) {
      const answer = await preview(file, type);
      expect(answer.statusCode).toBe(200);
      const body = answer.json() as Preview;
      expect(body).toMatchObject({ format: 'csv', encoding, sheet: null, headerRow: 1 });
      expect(body.rows.map((row) => row.finding)).toEqual(findings.map(asFiled));
    }
    // A bad cell in CSV is named as the spreadsheet would show it.
    const bad = censusRow(recentFinding());
    bad[4] = '3205';
    const body = (await preview(censusCsv([bad], 'gbk'), 'text/csv')).json() as Preview;
    expect(body.rows[0]!.errors).toEqual([expect.objectContaining({ cell: 'E2', header: '行政区划代码' })]);
  });
});

describe('files it refuses', () => {
  const refused = async (body: Buffer | string, type: string, status: number, detail: RegExp) => {
    const answer = await preview(body, type);
    expect(answer.statusCode).toBe(status);
    expect(answer.headers['content-type']).toContain('application/problem+json');
    expect(answer.json().detail).toMatch(detail);
    return answer.json();
  };

  /** A ZIP archive of one deflated entry (what an XLSX is made of). */
  function zipOf(name: string, content: Buffer): Buffer {
    const data = deflateRawSync(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(Buffer.byteLength(name), 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(Buffer.byteLength(name), 28);
    central.writeUInt32LE(0, 42);
    const head = Buffer.concat([local, Buffer.from(name), data]);
    const directory = Buffer.concat([central, Buffer.from(name)]);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(head.length, 16);
    return Buffer.concat([head, directory, end]);
  }

  it('refuses what is not a spreadsheet', async () => {
    const problem = await refused(Buffer.from('%PDF-1.4\n'.repeat(20)), XLSX, 422, /not an XLSX workbook/);
    expect(problem.type).toBe('/problems/census-file');
    await refused(zipOf('hello.txt', Buffer.from('hello')), XLSX, 422, /the workbook has no worksheet/);
    await refused(
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      XLSX,
      422,
      /\.xls\b.*\.xlsx/,
    );
    await refused(
      Buffer.from([0x25, 0x00, 0x01, 0x02, 0x00, 0x41]),
      'text/csv',
      422,
      /neither CSV text nor an XLSX/,
    );
    await refused(Buffer.alloc(0), 'text/csv', 422, /empty/);
    await refused(
      censusCsv([censusRow(recentFinding())]),
      'text/csv; charset=shift_jis',
      422,
      /UTF-8 or GBK/,
    );
  });

  it('refuses a workbook that unpacks to more than any census list (a zip bomb)', async () => {
    const bomb = zipOf('xl/worksheets/sheet1.xml', Buffer.alloc(60 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(200 * 1024);
    await refused(bomb, XLSX, 422, /unpacks to more than 48 MiB/);
  });

  it('refuses a file without the template’s header, without rows, or with more rows than a batch', async () => {
    const row = censusRow(recentFinding());
    const problem = await refused(
      censusCsv(
        [row],
        'utf-8',
        CENSUS_HEADERS.map((header) => (header === '*企业名称' ? '*单位名称' : header)),
      ),
      'text/csv',
      422,
      /header row \(1\) lacks 企业名称/,
    );
    expect(problem.title).toBe('The file is not a census list in the template');
    await refused(
      await censusXlsx([row], { headers: ['名称', '地址'] }),
      XLSX,
      422,
      /no header row in the first 10 rows/,
    );
    await refused(await censusXlsx([]), XLSX, 422, /no rows under the header row \(1\)/);
    const doubled = [...CENSUS_HEADERS, '文书编号'];
    await refused(
      censusCsv([row], 'utf-8', doubled),
      'text/csv',
      422,
      /names 文书编号 twice, in columns B and R/,
    );
    const many = Array.from({ length: 1001 }, () => row);
    await refused(
      censusCsv(many),
      'text/csv',
      422,
      /1001 rows under the header; a census list takes at most 1000/,
    );
  });

  it('takes XLSX and CSV only, up to 4 MiB', async () => {
    await refused(JSON.stringify({ findings: [] }), 'application/json', 415, /unsupported media type/i);
    await refused('a,b', 'text/plain', 415, /unsupported media type/i);
    await refused(Buffer.alloc(4 * 1024 * 1024 + 1, 0x41), 'text/csv', 413, /body/i);
  });

  it('is for officers who file findings', async () => {
    const auditor: Principal = { userId: 'a', roles: ['auditor'], regionCode: '320508', department: null };
    const answer = await preview(censusCsv([censusRow(recentFinding())]), 'text/csv', auditor);
    expect(answer.statusCode).toBe(403);
  });
});
