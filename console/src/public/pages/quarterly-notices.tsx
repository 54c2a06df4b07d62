/**
 * The quarterly notices to member units made public (/public/quarterly-notices?region=…&year=…, 季度通报,
 * 000 五（五）), newest first: each with the day its lists are as of, when it was issued, and how many
 * enterprises' equipment are to rectify and to exit.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMessages } from '../../i18n/public';
import { useQuarterlyNoticeMessages } from '../../i18n/public-quarterly-notices';
import { chinaDateTime, lastDayOf, useLoaded } from '../data';
import { get } from '../http';
import { LoadError, Loading, PageHeading } from '../parts';
import { RegionPicker } from '../region-picker';

const FIRST_YEAR = 2017;

export function QuarterlyNoticesPage() {
  const messages = useMessages();
  const site = messages.publicSite;
  const q = useQuarterlyNoticeMessages().publicList;
  const [params, setParams] = useSearchParams();
  const region = params.get('region');
  const yearParam = params.get('year');
  const year = yearParam && /^\d{4}$/.test(yearParam) ? Number(yearParam) : null;
  const cursor = params.get('cursor');
  const [draftRegion, setDraftRegion] = useState<string | null>(region);
  const [draftYear, setDraftYear] = useState<string>(year ? String(year) : '');
  useEffect(() => setDraftRegion(region), [region]);
  useEffect(() => setDraftYear(year ? String(year) : ''), [year]);

  const answer = useLoaded(`quarterly-notices|${region ?? ''}|${year ?? ''}|${cursor ?? ''}`, () =>
    get('/v1/quarterly-notices', { query: { regionCode: region, year, cursor, limit: 20 } }),
  );
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setParams({ ...(draftRegion ? { region: draftRegion } : {}), ...(draftYear ? { year: draftYear } : {}) });
  };
  const clear = () => {
    setDraftRegion(null);
    setDraftYear('');
    setParams({});
  };
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => String(thisYear - i));
  const data = answer.data;
  const filters = new URLSearchParams({
    ...(region ? { region } : {}),
    ...(year ? { year: String(year) } : {}),
  });

  return (
    <>
      <PageHeading title={q.title} />
      <p className="lead">{q.intro}</p>
      <form className="filters" onSubmit={apply} aria-label={q.filterLabel}>
        <RegionPicker
          id="quarterly-notice-region"
          legend={site.lists.filterLabel}
          value={draftRegion}
          onChange={setDraftRegion}
        />
        <p>
          <label htmlFor="quarterly-notice-year">{q.year}</label>{' '}
          <select
            id="quarterly-notice-year"
            value={draftYear}
            onChange={(event) => setDraftYear(event.target.value)}
          >
            <option value="">{q.allYears}</option>
            {years.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </p>
        <p>
          <button type="submit">{q.apply}</button>{' '}
          <button type="button" onClick={clear}>
            {q.clear}
          </button>
        </p>
      </form>
      {answer.loading && <Loading />}
      {answer.error && <LoadError error={answer.error} />}
      {data && data.items.length === 0 && <p className="notice">{q.empty}</p>}
      {data && data.items.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption>{q.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{q.columns.title}</th>
                <th scope="col">{q.columns.asOf}</th>
                <th scope="col">{q.columns.issuedAt}</th>
                <th scope="col">{q.columns.toRectify}</th>
                <th scope="col">{q.columns.toExit}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((item) => (
                <tr key={item.id} data-notice={item.id}>
                  <th scope="row">
                    <Link to={`/quarterly-notices/${item.id}`}>
                      {q.noticeTitle(
                        item.title,
                        item.regionName ?? messages.common.unknownRegion(item.regionCode),
                        item.year,
                        item.quarter,
                      )}
                    </Link>
                  </th>
                  <td className="nowrap">{q.asOf(lastDayOf(item.asOf))}</td>
                  <td className="nowrap">
                    <time dateTime={item.issuedAt}>{site.chinaTime(chinaDateTime(item.issuedAt))}</time>
                  </td>
                  <td>{q.count(item.counts.to_rectify)}</td>
                  <td>{q.count(item.counts.to_exit)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && (cursor || data.nextCursor) && (
        <nav aria-label={site.lists.paging} className="paging">
          {cursor && <Link to={`/quarterly-notices?${filters}`}>{q.newestPage}</Link>}
          {data.nextCursor && (
            <Link
              to={`/quarterly-notices?${new URLSearchParams({ ...Object.fromEntries(filters), cursor: data.nextCursor })}`}
            >
              {q.olderPage}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
