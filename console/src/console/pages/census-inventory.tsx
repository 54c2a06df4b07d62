/**
 * The census inventory (摸底排查清单, GET /v1/census/:region/:year): a jurisdiction's rows for a year with
 * the census deadline and the rows per status; a page of rows at a time, narrowed by status — each row's
 * enterprise, equipment, capacity, standard, legal basis, status, the local government's decision and the
 * case it was filed as. Department officers import a filled census template (POST …/imports; each rejected
 * row with its cells' errors) and file the rows that count as cases (POST …/filings); the local government
 * decides on a late row (POST /v1/census-entries/:id/consent) where the server says it may (`mayConsent`).
 * The region, year and status are in the address.
 */
import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  CloseCircleOutlined,
  FileDoneOutlined,
  MinusCircleOutlined,
  StopOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Radio, Select, Space, Spin, Table, Typography, Upload } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../http/client';
import { useMessages } from '../../i18n/console';
import { hasCapability, useMe } from '../auth';
import { ToneTag, type Tone } from '../case/tone-tag';
import { CellErrorList } from '../census/cell-errors';
import { mediaTypeOf } from '../census/media-type';
import { chinaDateTime, chinaToday } from '../china-time';
import { useRegionYearChoice } from '../years/region-year-choice';
import { YearModal } from '../years/year-modal';

type Inventory = Schemas['CensusInventory'];
type Entry = Inventory['items'][number];
type Status = Entry['status'];
type Imported = Schemas['CensusImport'];
type ImportedRow = Imported['rows'][number];
type Filing = Schemas['CensusFiling'];

const PAGE_SIZE = 50;
const STATUSES: Status[] = ['awaiting_consent', 'refused', 'confirmed', 'filed'];
const isStatus = (value: string | null): value is Status => STATUSES.includes(value as Status);
/** Requests one filing may take: each files up to the server's `limit` rows and says how many remain. */
const MOST_FILING_REQUESTS = 50;

const STATUS_LOOK: Record<Status, { tone: Tone; icon: ReactNode }> = {
  awaiting_consent: { tone: 'warning', icon: <ClockCircleOutlined /> },
  refused: { tone: 'error', icon: <StopOutlined /> },
  confirmed: { tone: 'info', icon: <CheckCircleOutlined /> },
  filed: { tone: 'success', icon: <FileDoneOutlined /> },
};
const IMPORT_LOOK: Record<ImportedRow['result'], { tone: Tone; icon: ReactNode }> = {
  stored: { tone: 'success', icon: <CheckCircleOutlined /> },
  already_in_inventory: { tone: 'info', icon: <MinusCircleOutlined /> },
  rejected: { tone: 'error', icon: <CloseCircleOutlined /> },
};
const who = (actor: Record<string, unknown>) => String(actor.userId ?? '');

export function CensusInventoryPage() {
  const messages = useMessages();
  const m = messages.censusInventory;
  const me = useMe();
  const mayFile = hasCapability(me, 'file_finding');
  const mayDecide = hasCapability(me, 'consent_late_census');
  const thisYear = Number(chinaToday().slice(0, 4));
  // Next year's census may be imported before the year begins.
  const { regionCode, year, picker } = useRegionYearChoice({ lastYear: thisYear + 1, defaultYear: thisYear });
  const [params, setParams] = useSearchParams();
  const asked = params.get('status');
  const status = isStatus(asked) ? asked : undefined;
  /** The cursors of the pages before this one, and this one's (undefined: the first page). */
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors.at(-1);
  const [consenting, setConsenting] = useState<Entry | null>(null);
  const queryClient = useQueryClient();

  const inventory = useQuery({
    queryKey: ['census-inventory', regionCode, year, status ?? null, cursor ?? null],
    queryFn: () =>
      unwrap(
        api.GET('/v1/census/{regionCode}/{year}', {
          params: {
            path: { regionCode, year },
            query: { limit: PAGE_SIZE, ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) },
          },
        }),
      ),
    retry: false,
    // A page of the same inventory stays in sight while the next one loads.
    placeholderData: (previous) =>
      previous?.regionCode === regionCode && previous.year === year ? previous : undefined,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['census-inventory', regionCode, year] });

  const importing = useMutation({
    mutationFn: async (file: File): Promise<{ name: string; result: Imported }> => ({
      name: file.name,
      result: await unwrap(
        api.POST('/v1/census/{regionCode}/{year}/imports', {
          params: { path: { regionCode, year } },
          body: file as unknown as string,
          bodySerializer: (body) => body as unknown as BodyInit,
          headers: { 'content-type': mediaTypeOf(file) },
        }),
      ),
    }),
    onSuccess: () => refresh(),
  });
  const filing = useMutation({
    /**
     * The server files at most `limit` rows a request and says how many of the caller's remain: sent again
     * until none remain, or until a request files nothing new (its rows failed: they are shown).
     */
    mutationFn: async (): Promise<Filing> => {
      const total: Filing = {
        remaining: 0,
        summary: { created: 0, existing: 0, failed: 0, notYours: 0 },
        results: [],
      };
      for (let request = 0; request < MOST_FILING_REQUESTS; request += 1) {
        const answer = await unwrap(
          api.POST('/v1/census/{regionCode}/{year}/filings', { params: { path: { regionCode, year } } }),
        );
        total.summary.created += answer.summary.created;
        total.summary.existing += answer.summary.existing;
        total.summary.failed += answer.summary.failed;
        total.summary.notYours += answer.summary.notYours;
        total.results.push(...answer.results);
        total.remaining = answer.remaining;
        if (answer.remaining === 0 || answer.summary.created + answer.summary.existing === 0) break;
      }
      return total;
    },
    onSettled: () => refresh(),
  });

  // Another region, year or status: back to the first page; the import and filing shown were for the old one.
  const { reset: resetImport } = importing;
  const { reset: resetFiling } = filing;
  useEffect(() => {
    setCursors([undefined]);
    resetImport();
    resetFiling();
  }, [regionCode, year, resetImport, resetFiling]);
  useEffect(() => setCursors([undefined]), [status]);

  const tableArea = useRef<HTMLDivElement>(null);
  // The table scrolls sideways in antd's own container: make it a named region keyboard users can scroll.
  useEffect(() => {
    const scroller = tableArea.current?.querySelector('.ant-table-content');
    if (!scroller) return;
    scroller.setAttribute('tabindex', '0');
    scroller.setAttribute('role', 'region');
    scroller.setAttribute('aria-label', m.table.caption(inventory.data?.regionName ?? regionCode, year));
  });

  const data = inventory.data;
  const regionLabel = data?.regionName ?? messages.common.unknownRegion(regionCode);
  const setStatus = (value: string) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      if (value) next.set('status', value);
      else next.delete('status');
      return next;
    });

  return (
    <>
      <Typography.Title level={2}>{m.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{m.intro}</Typography.Paragraph>
      {picker}
      {inventory.isPending && <Spin />}
      {inventory.error && (
        <Alert
          type="error"
          showIcon
          title={messages.common.errorTitle}
          description={inventory.error.message}
        />
      )}
      {data && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Deadline inventory={data} />
          <div data-testid="census-counts" aria-label={m.counts.label} role="group">
            <Space wrap size={4}>
              {STATUSES.map((s) => (
                <ToneTag
                  key={s}
                  tone={STATUS_LOOK[s].tone}
                  icon={STATUS_LOOK[s].icon}
                  data-testid={`count-${s}`}
                >
                  {m.counts.count(m.status[s], data.counts[s])}
                </ToneTag>
              ))}
            </Space>
          </div>

          {mayFile && (
            <Space direction="vertical" size="small" style={{ width: '100%' }}>
              <Space wrap align="center">
                <Upload
                  accept=".xlsx,.csv"
                  showUploadList={false}
                  maxCount={1}
                  hasControlInside
                  disabled={importing.isPending || filing.isPending}
                  beforeUpload={(file) => {
                    importing.mutate(file);
                    return false;
                  }}
                >
                  <Button type="primary" icon={<UploadOutlined />} loading={importing.isPending}>
                    {m.importing.choose}
                  </Button>
                </Upload>
                <Typography.Text type="secondary">{m.importing.hint}</Typography.Text>
              </Space>
              <Space wrap align="center">
                <Button
                  icon={<FileDoneOutlined />}
                  loading={filing.isPending}
                  disabled={importing.isPending}
                  onClick={() => filing.mutate()}
                >
                  {m.filing.file}
                </Button>
                <Typography.Text type="secondary">{m.filing.hint}</Typography.Text>
              </Space>
            </Space>
          )}
          <div aria-live="polite">
            {importing.isPending && importing.variables && (
              <Typography.Text>{m.importing.reading(importing.variables.name)}</Typography.Text>
            )}
            {importing.error && importing.variables && (
              <Alert
                type="error"
                showIcon
                title={m.importing.unreadable(importing.variables.name)}
                description={importing.error.message}
              />
            )}
            {importing.data && <ImportResult name={importing.data.name} result={importing.data.result} />}
            {filing.error && (
              <Alert
                type="error"
                showIcon
                title={messages.common.errorTitle}
                description={filing.error.message}
              />
            )}
            {filing.data && <FilingResult filing={filing.data} />}
          </div>

          <label>
            {m.filter.label}{' '}
            <Select
              style={{ width: 280 }}
              aria-label={m.filter.label}
              value={status ?? ''}
              onChange={setStatus}
              options={[
                { value: '', label: m.filter.all },
                ...STATUSES.map((s) => ({ value: s, label: m.status[s] })),
              ]}
            />
          </label>
          <div ref={tableArea}>
            <Table<Entry>
              rowKey="id"
              size="small"
              bordered
              caption={<Typography.Text strong>{m.table.caption(regionLabel, data.year)}</Typography.Text>}
              dataSource={data.items}
              loading={inventory.isFetching}
              pagination={false}
              scroll={{ x: 'max-content' }}
              // In the text's own colour: antd's pale placeholder falls below AA contrast.
              locale={{
                emptyText: (
                  <Typography.Text>{status ? m.table.noneWithStatus : m.table.none}</Typography.Text>
                ),
              }}
              onRow={(entry) => ({ 'data-entry': entry.id }) as HTMLAttributes<HTMLElement>}
              columns={[
                { title: m.table.number, key: 'number', dataIndex: 'number', fixed: 'left', width: 64 },
                {
                  title: m.table.enterprise,
                  key: 'enterprise',
                  render: (_, entry) => entry.finding.enterprise.name,
                },
                {
                  title: m.table.creditCode,
                  key: 'creditCode',
                  render: (_, entry) => entry.finding.enterprise.creditCode,
                },
                {
                  title: m.table.equipment,
                  key: 'equipment',
                  render: (_, entry) => entry.finding.capacity.equipment,
                },
                {
                  title: m.table.capacity,
                  key: 'capacity',
                  render: (_, entry) => `${entry.finding.capacity.value} ${entry.finding.capacity.unit}`,
                },
                {
                  title: m.table.dimension,
                  key: 'dimension',
                  render: (_, entry) => messages.labels.dimension[entry.finding.dimension],
                },
                {
                  title: m.table.industry,
                  key: 'industry',
                  render: (_, entry) => messages.labels.industry[entry.finding.industry],
                },
                {
                  title: m.table.basis,
                  key: 'basis',
                  render: (_, entry) => (
                    <>
                      <div>{entry.finding.legalBasis.law}</div>
                      {entry.finding.legalBasis.standard && <div>{entry.finding.legalBasis.standard}</div>}
                    </>
                  ),
                },
                {
                  title: m.table.department,
                  key: 'department',
                  render: (_, entry) => (
                    <>
                      <div>{messages.labels.department[entry.finding.department]}</div>
                      <div>{entry.finding.documentNumber}</div>
                    </>
                  ),
                },
                {
                  title: m.table.status,
                  key: 'status',
                  render: (_, entry) => (
                    <Space direction="vertical" size={2}>
                      <ToneTag
                        tone={STATUS_LOOK[entry.status].tone}
                        icon={STATUS_LOOK[entry.status].icon}
                        data-testid="entry-status"
                      >
                        {m.status[entry.status]}
                      </ToneTag>
                      {entry.late && entry.status !== 'awaiting_consent' && (
                        <ToneTag tone="neutral">{m.table.late}</ToneTag>
                      )}
                    </Space>
                  ),
                },
                {
                  title: m.table.consent,
                  key: 'consent',
                  render: (_, entry) =>
                    entry.consent ? (
                      <div data-testid="entry-consent">
                        <div>{m.outcome[entry.consent.outcome]}</div>
                        <div>{m.table.documentNumber(entry.consent.documentNumber)}</div>
                        <div>{entry.consent.reason}</div>
                        <Typography.Text type="secondary">
                          {m.table.consentBy(who(entry.consent.by), chinaDateTime(entry.consent.at))}
                        </Typography.Text>
                      </div>
                    ) : (
                      '—'
                    ),
                },
                {
                  title: m.table.case,
                  key: 'case',
                  render: (_, entry) =>
                    entry.caseId ? (
                      <Link to={`/cases/${encodeURIComponent(entry.caseId)}`} data-testid="entry-case">
                        {entry.caseId}
                      </Link>
                    ) : (
                      '—'
                    ),
                },
                ...(mayDecide
                  ? [
                      {
                        title: m.table.actions,
                        key: 'actions',
                        render: (_: unknown, entry: Entry) =>
                          entry.mayConsent === null && (
                            <Button onClick={() => setConsenting(entry)}>{m.consent.action}</Button>
                          ),
                      },
                    ]
                  : []),
              ]}
            />
          </div>
          {(cursors.length > 1 || data.nextCursor) && (
            <nav aria-label={m.paging.label}>
              <Space wrap align="center">
                <Button disabled={cursors.length === 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
                  {m.paging.previous}
                </Button>
                <span>{m.paging.page(cursors.length)}</span>
                <Button
                  disabled={!data.nextCursor}
                  onClick={() => data.nextCursor && setCursors((c) => [...c, data.nextCursor ?? undefined])}
                >
                  {m.paging.next}
                </Button>
                {cursors.length > 2 && (
                  <Button type="link" onClick={() => setCursors([undefined])}>
                    {m.paging.first}
                  </Button>
                )}
              </Space>
            </nav>
          )}
          {consenting && (
            <ConsentForm entry={consenting} onDone={refresh} onClose={() => setConsenting(null)} />
          )}
        </Space>
      )}
    </>
  );
}

function Deadline({ inventory }: { inventory: Inventory }) {
  const m = useMessages().censusInventory.deadline;
  const deadline = inventory.deadline;
  if (!deadline)
    return (
      <Typography.Paragraph data-testid="census-deadline" style={{ margin: 0 }}>
        {m.none}
      </Typography.Paragraph>
    );
  const passed = Date.now() >= Date.parse(deadline.lapsesAt);
  return (
    <Typography.Paragraph data-testid="census-deadline" style={{ margin: 0 }}>
      {m.lastDay(deadline.lastDay)}
      {deadline.nominalLastDay &&
        deadline.nominalLastDay !== deadline.lastDay &&
        m.moved(deadline.nominalLastDay)}{' '}
      <ToneTag
        tone={passed ? 'warning' : 'success'}
        icon={passed ? <ClockCircleOutlined /> : <CheckCircleOutlined />}
      >
        {passed ? m.passed : m.open}
      </ToneTag>
    </Typography.Paragraph>
  );
}

function ImportResult({ name, result }: { name: string; result: Imported }) {
  const m = useMessages().censusInventory.importing;
  const { rows, stored, alreadyInInventory, rejected } = result.summary;
  return (
    <Space direction="vertical" size="small" style={{ width: '100%' }}>
      <Alert
        type={rejected ? 'warning' : 'success'}
        showIcon
        title={m.title(name)}
        description={
          <>
            <div data-testid="import-summary">{m.summary(rows, stored, alreadyInInventory, rejected)}</div>
            {result.late && <div data-testid="import-late">{m.late}</div>}
          </>
        }
      />
      <Table<ImportedRow>
        rowKey="row"
        size="small"
        bordered
        caption={<Typography.Text strong>{m.caption}</Typography.Text>}
        dataSource={result.rows}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
        onRow={(row) => ({ 'data-import-row': row.row }) as HTMLAttributes<HTMLElement>}
        columns={[
          { title: m.row, key: 'row', dataIndex: 'row', width: 64 },
          {
            title: m.result,
            key: 'result',
            render: (_, row) => (
              <ToneTag
                tone={IMPORT_LOOK[row.result].tone}
                icon={IMPORT_LOOK[row.result].icon}
                data-testid="import-result"
              >
                {m.results[row.result]}
              </ToneTag>
            ),
          },
          { title: m.entry, key: 'entry', render: (_, row) => row.entryId ?? '—' },
          { title: m.errors, key: 'errors', render: (_, row) => <CellErrorList errors={row.errors} /> },
        ]}
      />
    </Space>
  );
}

function FilingResult({ filing }: { filing: Filing }) {
  const m = useMessages().censusInventory.filing;
  const { created, existing, failed, notYours } = filing.summary;
  const failures = filing.results.filter((r) => r.result === 'failed');
  return (
    <Alert
      type={failed || filing.remaining ? 'warning' : 'success'}
      showIcon
      title={<span data-testid="filing-summary">{m.done(created, existing, failed, notYours)}</span>}
      description={
        (failures.length > 0 || filing.remaining > 0) && (
          <>
            {failures.length > 0 && (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {failures.map((r) => (
                  <li key={r.entryId}>{m.failedRow(r.entryId, r.detail ?? '')}</li>
                ))}
              </ul>
            )}
            {filing.remaining > 0 && <div>{m.remaining(filing.remaining)}</div>}
            <div>{m.failedHint}</div>
          </>
        )
      }
    />
  );
}

interface ConsentValues {
  outcome?: 'consented' | 'refused';
  reason?: string;
  documentNumber?: string;
}

function ConsentForm({ entry, onDone, onClose }: { entry: Entry; onDone(): unknown; onClose(): void }) {
  const messages = useMessages();
  const m = messages.censusInventory;
  const { message } = App.useApp();
  const [form] = Form.useForm<ConsentValues>();
  const send = useMutation({
    mutationFn: (values: ConsentValues) =>
      unwrap(
        api.POST('/v1/census-entries/{id}/consent', {
          params: { path: { id: entry.id } },
          body: {
            outcome: values.outcome!,
            reason: values.reason ?? '',
            documentNumber: values.documentNumber ?? '',
          },
        }),
      ),
    onSuccess: async (decided) => {
      void message.success(m.consent.applied(m.status[decided.status]));
      await onDone();
      onClose();
    },
    // Refused (another member of the government may have decided meanwhile): the table shows the row as it is.
    onError: () => void onDone(),
  });
  const required = [{ required: true, whitespace: true, message: messages.years.form.required }];
  return (
    <YearModal
      title={m.consent.title(entry.number)}
      sending={send.isPending}
      error={send.error}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph>
        {m.consent.row(entry.finding.enterprise.name, entry.finding.capacity.equipment)}
      </Typography.Paragraph>
      <Form<ConsentValues>
        form={form}
        layout="vertical"
        name="census-consent"
        onFinish={(values) => send.mutate(values)}
      >
        <Form.Item
          name="outcome"
          label={m.consent.outcome}
          rules={[{ required: true, message: messages.years.form.required }]}
        >
          <Radio.Group
            options={(['consented', 'refused'] as const).map((value) => ({
              value,
              label: m.outcome[value],
            }))}
          />
        </Form.Item>
        <Form.Item name="reason" label={m.consent.reason} rules={required}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item
          name="documentNumber"
          label={m.consent.documentNumber}
          extra={m.consent.documentNumberHint}
          rules={required}
        >
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </YearModal>
  );
}
