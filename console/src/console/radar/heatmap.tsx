/**
 * The radar as a heat map: one row per region × dimension, one column per days-left bucket, each count
 * a button that lists those cases. The shade grows with the count; the bucket is said in the column
 * header with an icon, and in each button's name — never by colour alone.
 */
import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  ExclamationCircleOutlined,
  FieldTimeOutlined,
  MinusCircleOutlined,
} from '@ant-design/icons';
import { Button, Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { Schemas } from '../../http/client';
import { useMessages } from '../../i18n/console';

export type Radar = Schemas['Radar'];
export type RadarBucket = Radar['buckets'][number]['bucket'];
export type Dimension = Radar['rows'][number]['dimension'];

/** The cases the list shows: a region × dimension row and a bucket, each optional (absent: all). */
export interface Cell {
  region?: string;
  dimension?: Dimension;
  bucket?: RadarBucket;
}

/** Each bucket's hue (red through green, grey for none), an icon beside its name. */
const LOOK: Record<RadarBucket, { rgb: string; icon: ReactNode }> = {
  overdue: { rgb: '207, 19, 34', icon: <ExclamationCircleOutlined /> },
  within_7: { rgb: '212, 107, 8', icon: <ClockCircleOutlined /> },
  within_30: { rgb: '212, 177, 6', icon: <FieldTimeOutlined /> },
  later: { rgb: '56, 158, 13', icon: <CheckCircleOutlined /> },
  no_deadline: { rgb: '140, 140, 140', icon: <MinusCircleOutlined /> },
};

/** A light tint (dark text keeps well above 7:1 on it), deeper for more cases. */
const shade = (bucket: RadarBucket, cases: number, max: number) =>
  cases === 0
    ? undefined
    : `rgba(${LOOK[bucket].rgb}, ${(0.08 + 0.22 * (cases / Math.max(max, 1))).toFixed(2)})`;

interface Row {
  key: string;
  regionCode: string;
  regionName: string;
  dimension: Dimension;
  counts: Partial<Record<RadarBucket, number>>;
  total: number;
}

export function BucketHeading({ bucket }: { bucket: RadarBucket }) {
  const messages = useMessages();
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {LOOK[bucket].icon} {messages.labels.radarBucket[bucket]}
    </span>
  );
}

export function RadarHeatmap({
  radar,
  selected,
  onSelect,
}: {
  radar: Radar;
  selected: Cell;
  onSelect: (cell: Cell) => void;
}) {
  const messages = useMessages();
  const m = messages.radar.heatmap;
  const buckets = radar.buckets.map((b) => b.bucket);
  const rows = new Map<string, Row>();
  for (const row of radar.rows) {
    const key = `${row.regionCode}/${row.dimension}`;
    const entry = rows.get(key) ?? {
      key,
      regionCode: row.regionCode,
      regionName: row.regionName ?? messages.common.unknownRegion(row.regionCode),
      dimension: row.dimension,
      counts: {},
      total: 0,
    };
    entry.counts[row.bucket] = (entry.counts[row.bucket] ?? 0) + row.cases;
    entry.total += row.cases;
    rows.set(key, entry);
  }
  const data = [...rows.values()];
  const max = Math.max(0, ...radar.rows.map((row) => row.cases));
  const isSelected = (cell: Cell) =>
    selected.region === cell.region &&
    selected.dimension === cell.dimension &&
    selected.bucket === cell.bucket;

  const countButton = (cell: Cell, cases: number, label: string, background?: string) =>
    cases === 0 ? (
      <span>0</span>
    ) : (
      <Button
        type="text"
        aria-label={label}
        aria-pressed={isSelected(cell)}
        data-cell={[cell.region ?? '*', cell.dimension ?? '*', cell.bucket ?? '*'].join('/')}
        onClick={() => onSelect(cell)}
        style={{
          width: '100%',
          color: '#1f1f1f',
          fontWeight: 600,
          background,
          outline: isSelected(cell) ? '2px solid #1d4f91' : undefined,
          outlineOffset: -2,
        }}
      >
        {cases}
      </Button>
    );

  const dimensionLabel = (dimension: Dimension) => messages.labels.dimension[dimension];
  return (
    <Table<Row>
      rowKey="key"
      size="small"
      bordered
      pagination={false}
      dataSource={data}
      locale={{ emptyText: <span style={{ color: '#595959' }}>{m.empty}</span> }}
      title={() => <Typography.Text strong>{m.caption}</Typography.Text>}
      columns={[
        { title: m.region, key: 'region', render: (_, row) => row.regionName },
        { title: m.dimension, key: 'dimension', render: (_, row) => dimensionLabel(row.dimension) },
        ...buckets.map((bucket) => ({
          title: <BucketHeading bucket={bucket} />,
          key: bucket,
          align: 'center' as const,
          render: (_: unknown, row: Row) => {
            const cases = row.counts[bucket] ?? 0;
            return countButton(
              { region: row.regionCode, dimension: row.dimension, bucket },
              cases,
              m.cell(
                row.regionName,
                dimensionLabel(row.dimension),
                messages.labels.radarBucket[bucket],
                cases,
              ),
              shade(bucket, cases, max),
            );
          },
        })),
        {
          title: m.total,
          key: 'total',
          align: 'center' as const,
          render: (_, row) =>
            countButton(
              { region: row.regionCode, dimension: row.dimension },
              row.total,
              m.rowTotal(row.regionName, dimensionLabel(row.dimension), row.total),
            ),
        },
      ]}
      summary={() =>
        data.length === 0 ? null : (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={2}>
              <Typography.Text strong>{m.total}</Typography.Text>
            </Table.Summary.Cell>
            {radar.totals.map((total, index) => (
              <Table.Summary.Cell index={index + 2} key={total.bucket} align="center">
                {countButton(
                  { bucket: total.bucket },
                  total.cases,
                  m.totalCell(messages.labels.radarBucket[total.bucket], total.cases),
                )}
              </Table.Summary.Cell>
            ))}
            <Table.Summary.Cell index={buckets.length + 2} align="center">
              {countButton({}, radar.total, m.totalCell(messages.radar.filters.all, radar.total))}
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )
      }
    />
  );
}
