/**
 * The published announcements (/public/announcements?region=…&year=…), latest year first: each version
 * with when it was published, how much exited, and whether it corrects or was corrected by another.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMessages } from '../../i18n/public';
import { chinaDateTime, useLoaded } from '../data';
import { get } from '../http';
import { LoadError, Loading, PageHeading } from '../parts';
import { RegionPicker } from '../region-picker';

const FIRST_YEAR = 2017;

export function AnnouncementsPage() {
  const messages = useMessages();
  const site = messages.publicSite;
  const a = site.announcements;
  const [params, setParams] = useSearchParams();
  const region = params.get('region');
  const yearParam = params.get('year');
  const year = yearParam && /^\d{4}$/.test(yearParam) ? Number(yearParam) : null;
  const cursor = params.get('cursor');
  const [draftRegion, setDraftRegion] = useState<string | null>(region);
  const [draftYear, setDraftYear] = useState<string>(year ? String(year) : '');
  useEffect(() => setDraftRegion(region), [region]);
  useEffect(() => setDraftYear(year ? String(year) : ''), [year]);

  const answer = useLoaded(`announcements|${region ?? ''}|${year ?? ''}|${cursor ?? ''}`, () =>
    get('/v1/published-announcements', { query: { regionCode: region, year, cursor, limit: 20 } }),
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
      <PageHeading title={a.title} />
      <p className="lead">{a.intro}</p>
      <form className="filters" onSubmit={apply} aria-label={a.filterLabel}>
        <RegionPicker
          id="announcement-region"
          legend={site.lists.filterLabel}
          value={draftRegion}
          onChange={setDraftRegion}
        />
        <p>
          <label htmlFor="announcement-year">{a.year}</label>{' '}
          <select
            id="announcement-year"
            value={draftYear}
            onChange={(event) => setDraftYear(event.target.value)}
          >
            <option value="">{a.allYears}</option>
            {years.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </p>
        <p>
          <button type="submit">{a.apply}</button>{' '}
          <button type="button" onClick={clear}>
            {a.clear}
          </button>
        </p>
      </form>
      {answer.loading && <Loading />}
      {answer.error && <LoadError error={answer.error} />}
      {data && data.items.length === 0 && <p className="notice">{a.empty}</p>}
      {data && data.items.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption>{a.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{a.columns.title}</th>
                <th scope="col">{a.columns.publishedAt}</th>
                <th scope="col">{a.columns.enterprises}</th>
                <th scope="col">{a.columns.rows}</th>
                <th scope="col">{a.columns.capacity}</th>
                <th scope="col">{a.columns.state}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((item) => (
                <tr key={item.id} data-announcement={item.id}>
                  <th scope="row">
                    <Link to={`/announcements/${item.id}`}>{item.title}</Link>
                  </th>
                  <td className="nowrap">
                    <time dateTime={item.publishedAt}>{site.chinaTime(chinaDateTime(item.publishedAt))}</time>
                  </td>
                  <td>{a.enterprises(item.enterprises)}</td>
                  <td>{a.rows(item.rows)}</td>
                  <td>{item.totals.map((t) => `${t.capacityValue} ${t.capacityUnit}`).join('；') || '—'}</td>
                  <td>
                    {item.correctedBy !== null
                      ? a.correctedBy(item.correctedBy)
                      : item.corrects !== null
                        ? a.corrects(item.corrects, item.correction ?? '')
                        : a.current}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && (cursor || data.nextCursor) && (
        <nav aria-label={site.lists.paging} className="paging">
          {cursor && <Link to={`/announcements?${filters}`}>{a.newestPage}</Link>}
          {data.nextCursor && (
            <Link
              to={`/announcements?${new URLSearchParams({ ...Object.fromEntries(filters), cursor: data.nextCursor })}`}
            >
              {a.olderPage}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
