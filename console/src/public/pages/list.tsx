/**
 * One published list as it stands now (/public/lists/:list?region=…&cursor=…): the enterprises on it,
 * longest on it first, narrowed to a region chosen by name, page by page. The region and the page live
 * in the address, so that a link or the back button shows the same.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMessages } from '../../i18n/public';
import { isListCode, LIST_CODES, useLoaded, type ListCode } from '../data';
import { get } from '../http';
import { EntriesTable, LoadError, Loading, PageHeading } from '../parts';
import { RegionPicker } from '../region-picker';
import { NotFoundPage } from './not-found';

const PAGE_SIZE = 50;

export function ListPage() {
  const { list } = useParams();
  return isListCode(list) ? <CurrentList list={list} /> : <NotFoundPage />;
}

function CurrentList({ list }: { list: ListCode }) {
  const messages = useMessages();
  const site = messages.publicSite;
  const [params, setParams] = useSearchParams();
  const region = params.get('region');
  const cursor = params.get('cursor');

  // The region being chosen; applied to the address by the filter button.
  const [draft, setDraft] = useState<string | null>(region);
  useEffect(() => setDraft(region), [region]);

  const answer = useLoaded(`${list}|${region ?? ''}|${cursor ?? ''}`, () =>
    get('/v1/lists/{list}', { path: { list }, query: { limit: PAGE_SIZE, region, cursor } }),
  );
  const regionQuery = region ? `?${new URLSearchParams({ region })}` : '';

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setParams(draft ? { region: draft } : {});
  };
  const clear = () => {
    setDraft(null);
    setParams({});
  };

  const data = answer.data;
  const regionName = data
    ? data.region
      ? (data.regionName ?? messages.common.unknownRegion(data.region))
      : site.lists.allRegions
    : null;

  return (
    <>
      <nav aria-label={site.lists.navLabel} className="tabs">
        <ul>
          {LIST_CODES.map((code) => (
            <li key={code}>
              <Link to={`/lists/${code}${regionQuery}`} aria-current={code === list ? 'page' : undefined}>
                {site.listNames[code]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <PageHeading title={site.listNames[list]} />
      <p className="lead">{site.listIntros[list]}</p>
      <p className="muted">{site.lists.legalName(messages.labels.publishedList[list])}</p>

      <form role="search" aria-label={site.lists.filterLabel} className="filter" onSubmit={apply}>
        <RegionPicker id="list-region" legend={site.regions.legend} value={draft} onChange={setDraft} />
        <div className="filter-actions">
          <button type="submit">{site.lists.apply}</button>
          {region && (
            <button type="button" className="secondary" onClick={clear}>
              {site.lists.clear}
            </button>
          )}
        </div>
      </form>

      {answer.loading && <Loading />}
      {answer.error && <LoadError error={answer.error} />}
      {data && regionName && (
        <>
          <p className="region-now" aria-live="polite">
            {site.lists.region(regionName)}
          </p>
          {data.items.length === 0 ? (
            <p className="notice">{site.lists.empty}</p>
          ) : (
            <EntriesTable
              caption={site.lists.caption(site.listNames[list], regionName)}
              entries={data.items}
            />
          )}
          {(cursor || data.nextCursor) && (
            <nav aria-label={site.lists.paging} className="paging">
              {cursor && <Link to={`/lists/${list}${regionQuery}`}>{site.lists.firstPage}</Link>}
              {data.nextCursor && (
                <Link
                  to={`/lists/${list}?${new URLSearchParams({ ...(region ? { region } : {}), cursor: data.nextCursor })}`}
                >
                  {site.lists.nextPage}
                </Link>
              )}
            </nav>
          )}
        </>
      )}
    </>
  );
}
