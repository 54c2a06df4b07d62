/**
 * A horizontal bar chart drawn by ECharts, which is loaded only when a chart is first shown. For
 * screen readers the chart is one image whose label states every bar in words; the tables beside it
 * hold the same figures.
 */
import { Alert, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useMessages } from '../i18n/console';

export interface Bar {
  name: string;
  value: number;
}

const formatNumber = (value: number) =>
  new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 4 }).format(value);

export function BarChartCard({
  id,
  title,
  measure,
  bars,
}: {
  id: string;
  title: string;
  measure: string;
  bars: Bar[];
}) {
  const messages = useMessages();
  const canvasHolder = useRef<HTMLDivElement>(null);
  const chart = useRef<import('./echarts').ECharts | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');

  useEffect(() => {
    let gone = false;
    const resize = () => chart.current?.resize();
    import('./echarts')
      .then(({ init }) => {
        if (gone || !canvasHolder.current) return;
        chart.current = init(canvasHolder.current, undefined, { renderer: 'canvas' });
        window.addEventListener('resize', resize);
        setState('ready');
      })
      .catch(() => !gone && setState('failed'));
    return () => {
      gone = true;
      window.removeEventListener('resize', resize);
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (state !== 'ready' || !chart.current) return;
    // Largest at the top: ECharts draws a category axis from the bottom up.
    const sorted = [...bars].sort((a, b) => a.value - b.value);
    chart.current.setOption(
      {
        animation: false,
        grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: sorted.map((bar) => bar.name) },
        series: [
          {
            type: 'bar',
            name: measure,
            data: sorted.map((bar) => bar.value),
            itemStyle: { color: '#1d4f91' },
            label: { show: true, position: 'right', formatter: ({ value }) => formatNumber(Number(value)) },
          },
        ],
      } satisfies import('./echarts').BarOption,
      true,
    );
    chart.current.resize();
  }, [state, bars, measure]);

  const described = messages.statistics.charts.described(
    title,
    measure,
    bars.length === 0
      ? messages.statistics.charts.none
      : bars.map((bar) => messages.statistics.charts.part(bar.name, formatNumber(bar.value))).join('；'),
  );
  const height = Math.max(160, 36 * bars.length + 40);
  return (
    <figure style={{ margin: 0 }} data-chart={id}>
      <figcaption style={{ fontWeight: 600, marginBottom: 8 }}>{title}</figcaption>
      {state === 'failed' && <Alert type="warning" showIcon title={messages.statistics.charts.failed} />}
      {bars.length === 0 && (
        <Typography.Text type="secondary">{messages.statistics.charts.none}</Typography.Text>
      )}
      <Spin spinning={state === 'loading'} tip={messages.statistics.charts.loading}>
        <div role="img" aria-label={described}>
          <div ref={canvasHolder} aria-hidden="true" style={{ width: '100%', height }} />
        </div>
      </Spin>
    </figure>
  );
}
