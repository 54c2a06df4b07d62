/**
 * Census upload (普查清单上传): download the template, choose a filled one, see every row as the server
 * read it — each bad cell marked with an icon and its message, in words — then file the rows without
 * errors through POST /v1/findings/batch, a chunk at a time with a progress bar and a result per row,
 * and resubmit the rows that failed. The server reads and validates the file (POST
 * /v1/findings/census-preview); nothing here repeats its rules.
 */
import {
  CheckCircleOutlined,
  CloseCircleOutlined,
  DownloadOutlined,
  ExclamationCircleOutlined,
  MinusCircleOutlined,
  StopOutlined,
  SyncOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Progress, Space, Switch, Table, Tag, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { api, unwrap, type Schemas } from '../../http/client';
import { useMessages } from '../../i18n/console';
import { CellErrorLine, INVALID_CELL, type CellError } from '../census/cell-errors';
import { mediaTypeOf } from '../census/media-type';

type Preview = Schemas['CensusPreview'];
type Row = Schemas['CensusRow'];
type BatchRow = Schemas['FindingBatchResult']['results'][number];
type Result = Pick<BatchRow, 'result' | 'caseId' | 'detail'>;

/** Rows per POST /v1/findings/batch: small enough for the progress bar to move, large enough to be quick. */
export const FILING_CHUNK = 50;

/** The looks of a status: dark text on a pale ground (WCAG AA), always with an icon and words. */
const TONES = {
  good: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  info: { color: '#10239e', background: '#f0f5ff', borderColor: '#adc6ff' },
  bad: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  neutral: { color: '#262626', background: '#fafafa', borderColor: '#d9d9d9' },
} as const;

function StatusTag({
  tone,
  icon,
  children,
}: {
  tone: keyof typeof TONES;
  icon: ReactNode;
  children: ReactNode;
}) {
  return (
    <Tag variant="outlined" icon={icon} style={TONES[tone]}>
      {children}
    </Tag>
  );
}

function ResultTag({ result }: { result: Result | 'pending' | 'notFiled' }) {
  const messages = useMessages().census;
  if (result === 'pending')
    return (
      <div data-result="pending">
        <StatusTag tone="neutral" icon={<MinusCircleOutlined />}>
          {messages.results.pending}
        </StatusTag>
      </div>
    );
  if (result === 'notFiled')
    return (
      <div data-result="not-filed">
        <StatusTag tone="neutral" icon={<StopOutlined />}>
          {messages.results.notFiled}
        </StatusTag>
      </div>
    );
  const look = {
    created: { tone: 'good', icon: <CheckCircleOutlined /> },
    existing: { tone: 'info', icon: <CheckCircleOutlined /> },
    invalid: { tone: 'bad', icon: <CloseCircleOutlined /> },
    forbidden: { tone: 'bad', icon: <StopOutlined /> },
    failed: { tone: 'bad', icon: <ExclamationCircleOutlined /> },
  } as const;
  const { tone, icon } = look[result.result];
  return (
    <div data-result={result.result}>
      <StatusTag tone={tone} icon={icon}>
        {messages.results[result.result]}
      </StatusTag>
      {result.caseId && <Link to={`/cases/${encodeURIComponent(result.caseId)}`}>{result.caseId}</Link>}
      {result.detail && <div>{result.detail}</div>}
    </div>
  );
}

export function CensusPage() {
  const messages = useMessages();
  const m = messages.census;
  const [fileName, setFileName] = useState<string | null>(null);
  const [results, setResults] = useState<ReadonlyMap<number, Result>>(new Map());
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [onlyInvalid, setOnlyInvalid] = useState(false);
  const tableArea = useRef<HTMLDivElement>(null);
  // The table scrolls sideways in antd's own container: make it a named region keyboard users can scroll.
  useEffect(() => {
    const scroller = tableArea.current?.querySelector('.ant-table-content');
    if (!scroller) return;
    scroller.setAttribute('tabindex', '0');
    scroller.setAttribute('role', 'region');
    scroller.setAttribute('aria-label', m.table.caption);
  });

  const download = useMutation({
    mutationFn: async () => {
      const blob = await unwrap(api.GET('/v1/findings/census-template.xlsx', { parseAs: 'blob' }));
      const url = URL.createObjectURL(blob as unknown as Blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = m.template.fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  });

  const preview = useMutation({
    mutationFn: async (file: File): Promise<Preview> =>
      unwrap(
        api.POST('/v1/findings/census-preview', {
          body: file as unknown as string,
          bodySerializer: (body) => body as unknown as BodyInit,
          headers: { 'content-type': mediaTypeOf(file) },
        }),
      ),
    onMutate: (file) => {
      setFileName(file.name);
      setResults(new Map());
      setProgress(null);
    },
  });

  const filing = useMutation({
    /** Files the rows a chunk at a time; each row's result lands as its chunk answers. */
    mutationFn: async (rows: Row[]) => {
      setProgress({ done: 0, total: rows.length });
      for (let start = 0; start < rows.length; start += FILING_CHUNK) {
        const chunk = rows.slice(start, start + FILING_CHUNK);
        const answered = new Map<number, Result>();
        try {
          const batch = await unwrap(
            api.POST('/v1/findings/batch', {
              // The document types each row as any JSON (the server validates it); these are findings.
              body: {
                findings: chunk.map((row) => row.finding) as unknown as Schemas['FindingBatch']['findings'],
              },
            }),
          );
          for (const { index, result, caseId, detail } of batch.results)
            answered.set(chunk[index]!.row, { result, caseId, detail });
        } catch (error) {
          // No answer for the chunk (the network, or the service): each row may be resubmitted.
          const detail = m.filing.requestFailed(error instanceof Error ? error.message : String(error));
          for (const row of chunk) answered.set(row.row, { result: 'failed', caseId: null, detail });
        }
        setResults((previous) => new Map([...previous, ...answered]));
        setProgress({ done: Math.min(start + FILING_CHUNK, rows.length), total: rows.length });
      }
    },
  });

  const data = preview.data;
  const validRows = data?.rows.filter((row) => row.finding !== null) ?? [];
  const failedRows = validRows.filter((row) => results.get(row.row)?.result === 'failed');
  const filed = validRows.length > 0 && validRows.every((row) => results.has(row.row));
  const count = (result: BatchRow['result']) =>
    [...results.values()].filter((r) => r.result === result).length;

  const columns: ColumnsType<Row> = data
    ? [
        { title: m.table.row, dataIndex: 'row', key: 'row', fixed: 'left', width: 64 },
        {
          title: m.table.check,
          key: 'check',
          width: 110,
          render: (_, row) =>
            row.errors.length === 0 ? (
              <StatusTag tone="good" icon={<CheckCircleOutlined />}>
                {m.table.valid}
              </StatusTag>
            ) : (
              <StatusTag tone="bad" icon={<CloseCircleOutlined />}>
                {m.table.invalid(row.errors.length)}
              </StatusTag>
            ),
        },
        {
          title: m.table.result,
          key: 'result',
          width: 220,
          render: (_, row) => (
            <ResultTag result={results.get(row.row) ?? (row.finding ? 'pending' : 'notFiled')} />
          ),
        },
        ...data.columns.map((column): ColumnsType<Row>[number] => ({
          title: column.column ? `${column.column} ${column.header}` : column.header,
          key: column.field,
          width: 160,
          onCell: (row) => ({
            style: errorsAt(row, column.field).length ? INVALID_CELL : undefined,
          }),
          render: (_, row) => (
            <>
              {row.values[column.field]}
              {errorsAt(row, column.field).map((error, index) => (
                <CellErrorLine key={index} error={error} />
              ))}
            </>
          ),
        })),
        {
          title: m.table.problems,
          key: 'problems',
          width: 280,
          render: (_, row) =>
            row.errors
              .filter((error) => error.cell === null)
              .map((error, index) => (
                <CellErrorLine
                  key={index}
                  error={error}
                  missingColumn={data.columns.some((c) => c.field === error.field && c.column === null)}
                />
              )),
        },
      ]
    : [];

  return (
    <>
      <Typography.Title level={2}>{m.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{m.intro}</Typography.Paragraph>

      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap align="center">
          <Button icon={<DownloadOutlined />} loading={download.isPending} onClick={() => download.mutate()}>
            {m.template.download}
          </Button>
          <Typography.Text type="secondary">{m.template.hint}</Typography.Text>
        </Space>
        {download.error && (
          <Alert
            type="error"
            showIcon
            title={messages.common.errorTitle}
            description={download.error.message}
          />
        )}

        <Space wrap align="center">
          <Upload
            accept=".xlsx,.csv"
            showUploadList={false}
            maxCount={1}
            hasControlInside
            disabled={preview.isPending || filing.isPending}
            beforeUpload={(file) => {
              preview.mutate(file);
              return false;
            }}
          >
            <Button type="primary" icon={<UploadOutlined />} loading={preview.isPending}>
              {m.upload.choose}
            </Button>
          </Upload>
          <Typography.Text type="secondary">{m.upload.hint}</Typography.Text>
        </Space>

        <div aria-live="polite">
          {preview.isPending && fileName && <Typography.Text>{m.upload.reading(fileName)}</Typography.Text>}
          {preview.error && fileName && (
            <Alert
              type="error"
              showIcon
              title={m.upload.unreadable(fileName)}
              description={preview.error.message}
            />
          )}
          {data && fileName && (
            <Alert
              type={data.summary.invalid ? 'warning' : 'success'}
              showIcon
              title={m.read.title(fileName)}
              description={
                <>
                  <div>
                    {data.format === 'xlsx'
                      ? m.read.xlsx(data.sheet ?? '', data.headerRow)
                      : m.read.csv(data.encoding ?? '', data.headerRow)}
                  </div>
                  <div data-testid="census-summary">
                    {m.read.summary(data.summary.rows, data.summary.valid, data.summary.invalid)}
                  </div>
                  {data.ignoredColumns.length > 0 && (
                    <div>
                      {m.read.ignored(data.ignoredColumns.map((c) => `${c.column} ${c.header}`).join('、'))}
                    </div>
                  )}
                  {data.columns.some((c) => c.column === null) && (
                    <div>
                      {m.read.missing(
                        data.columns
                          .filter((c) => c.column === null)
                          .map((c) => c.header)
                          .join('、'),
                      )}
                    </div>
                  )}
                </>
              }
            />
          )}
        </div>

        {data && (
          <>
            <Space wrap align="center">
              <Button
                type="primary"
                icon={<UploadOutlined />}
                disabled={validRows.length === 0 || filed || filing.isPending}
                loading={filing.isPending}
                onClick={() => filing.mutate(validRows.filter((row) => !results.has(row.row)))}
              >
                {m.filing.file(validRows.filter((row) => !results.has(row.row)).length)}
              </Button>
              {failedRows.length > 0 && (
                <Button
                  icon={<SyncOutlined />}
                  disabled={filing.isPending}
                  onClick={() => filing.mutate(failedRows)}
                >
                  {m.filing.resubmit(failedRows.length)}
                </Button>
              )}
              <label>
                <Switch size="small" checked={onlyInvalid} onChange={setOnlyInvalid} /> {m.table.onlyInvalid}
              </label>
            </Space>
            {progress && (
              <div aria-live="polite">
                <Progress
                  percent={Math.round((progress.done / Math.max(1, progress.total)) * 100)}
                  status={filing.isPending ? 'active' : failedRows.length ? 'exception' : 'success'}
                  aria-label={m.filing.progressLabel}
                />
                <Typography.Text data-testid="census-progress">
                  {m.filing.progress(progress.done, progress.total)}
                  {!filing.isPending &&
                    ` ${m.filing.finished(count('created'), count('existing'), count('forbidden') + count('invalid'), count('failed'))}`}
                </Typography.Text>
                {!filing.isPending && failedRows.length > 0 && (
                  <div>
                    <Typography.Text>{m.filing.failedHint}</Typography.Text>
                  </div>
                )}
              </div>
            )}
            <div ref={tableArea}>
              <Table<Row>
                rowKey="row"
                size="small"
                bordered
                title={() => m.table.caption}
                columns={columns}
                dataSource={onlyInvalid ? data.rows.filter((row) => row.errors.length > 0) : data.rows}
                scroll={{ x: 'max-content' }}
                pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
              />
            </div>
          </>
        )}
      </Space>
    </>
  );
}

function errorsAt(row: Row, field: string): CellError[] {
  return row.errors.filter((error) => error.field === field && error.cell !== null);
}
