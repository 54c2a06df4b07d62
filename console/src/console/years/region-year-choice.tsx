/**
 * The choice a page about a jurisdiction's year starts with: the user's own region or one directly inside
 * it (named, from GET /v1/regions/:code), and a year from 2017; both kept in the address (?region=&year=),
 * so a view can be shared. The calendar, supervision and the announcement pages use it.
 */
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useSearchParams } from 'react-router';
import { publicApi, unwrap } from '../../http/client';
import { useMessages } from '../../i18n/console';
import { useMe } from '../auth';

const FIRST_YEAR = 2017;

export function useRegionYearChoice({ lastYear, defaultYear }: { lastYear: number; defaultYear: number }) {
  const messages = useMessages();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= FIRST_YEAR && asked <= lastYear ? asked : defaultYear;
  const regionCode = params.get('region') ?? me.regionCode;
  const region = useQuery({
    queryKey: ['region', me.regionCode],
    queryFn: () => unwrap(publicApi.GET('/v1/regions/{code}', { params: { path: { code: me.regionCode } } })),
    retry: false,
    staleTime: Infinity,
  });
  const set = (name: 'region' | 'year', value: string, fallback: string) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      if (value === fallback) next.delete(name);
      else next.set(name, value);
      return next;
    });
  const regionOptions = [
    { value: me.regionCode, label: me.regionName ?? messages.common.unknownRegion(me.regionCode) },
    ...(region.data?.children ?? []).map((child) => ({ value: child.code, label: child.name })),
  ];
  const yearOptions = Array.from({ length: lastYear + 1 - FIRST_YEAR }, (_, i) => lastYear - i).map(
    (value) => ({ value: String(value), label: String(value) }),
  );
  const picker = (
    <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap', marginBottom: 16 }}>
      <label>
        {messages.years.region}{' '}
        <Select
          style={{ width: 200 }}
          aria-label={messages.years.region}
          value={regionCode}
          options={regionOptions}
          onChange={(value: string) => set('region', value, me.regionCode)}
        />
      </label>
      <label>
        {messages.years.year}{' '}
        <Select
          style={{ width: 120 }}
          aria-label={messages.years.year}
          value={String(year)}
          options={yearOptions}
          onChange={(value: string) => set('year', value, String(defaultYear))}
        />
      </label>
    </div>
  );
  return { regionCode, year, picker };
}
