/**
 * One published version of the lists (/public/snapshots/:version?region=…&list=…): per list, the
 * enterprises that entered and left since the version before, and every enterprise on it then —
 * narrowed to a region and a list when asked.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ProblemError } from '../../http/problem';
import { useMessages } from '../../i18n/public';
import { chinaDateTime, isListCode, LIST_CODES, useLoaded, type ListCode } from '../data';
import { get } from '../http';
import { EntriesTable, LoadError, Loading, PageHeading } from '../parts';
import { RegionPicker } from '../region-picker';
import { NotFoundPage } from './not-found';

export function SnapshotPage() {
  const { version } = useParams();
  const number = Number(version);
  return /^[1-9]\d{0,9}$/.test(version ?? '') && number <= 2_147_483_647 ? (
    <Snapshot version={number} />
  ) : (
    <NotFoundPage />
  );
}

function Snapshot({ version }: { version: number }) {
  const messages = useMessages();
  const site = messages.publicSite;
  const [params, setParams] = useSearchParams();
  const region = params.get('region');
  const listParam = params.get('list') ?? undefined;
  const list = isListCode(listParam) ? listParam : null;

  const [draftRegion, setDraftRegion] = useState<string | null>(region);
  const [draftList, setDraftList] = useState<ListCode | null>(list);
  useEffect(() => setDraftRegion(region), [region]);
  useEffect(() => setDraftList(list), [list]);

  const answer = useLoaded(`${version}|${region ?? ''}|${list ?? ''}`, () =>
    get('/v1/list-snapshots/{version}', { path: { version }, query: { region, list } }),
  );

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setParams({ ...(draftRegion ? { region: draftRegion } : {}), ...(draftList ? { list: draftList } : {}) });
  };
  const clear = () => {
    setDraftRegion(null);
    setDraftList(null);
    setParams({});
  };

  const data = answer.data;
  const missing = answer.error instanceof ProblemError && answer.error.status === 404;
  const regionName = data?.region ? (data.regionName ?? messages.common.unknownRegion(data.region)) : null;
  const shown = data ? (data.list ? [data.list] : LIST_CODES) : [];

  return (
    <>
      <p>
        <Link to="/snapshots">{site.snapshot.back}</Link>
      </p>
      <PageHeading title={site.snapshot.title(version)} />
      <form role="search" aria-label={site.snapshot.filterLabel} className="filter" onSubmit={apply}>
        <RegionPicker
          id="snapshot-region"
          legend={site.regions.legend}
          value={draftRegion}
          onChange={setDraftRegion}
        />
        <div className="field">
          <label htmlFor="snapshot-list">{site.snapshot.list}</label>
          <select
            id="snapshot-list"
            value={draftList ?? ''}
            onChange={(event) => setDraftList(isListCode(event.target.value) ? event.target.value : null)}
          >
            <option value="">{site.snapshot.allLists}</option>
            {LIST_CODES.map((code) => (
              <option key={code} value={code}>
                {site.listNames[code]}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-actions">
          <button type="submit">{site.snapshot.apply}</button>
          {(region || list) && (
            <button type="button" className="secondary" onClick={clear}>
              {site.snapshot.clear}
            </button>
          )}
        </div>
      </form>
      {answer.loading && <Loading />}
      {missing && (
        <p role="alert" className="notice notice-error">
          {site.snapshot.notFound}
        </p>
      )}
      {answer.error && !missing && <LoadError error={answer.error} />}
      {data && (
        <>
          <dl className="facts">
            <div>
              <dt>{site.snapshot.takenAt}</dt>
              <dd>
                <time dateTime={data.takenAt}>{site.chinaTime(chinaDateTime(data.takenAt))}</time>
              </dd>
            </div>
            <div>
              <dt>{site.snapshot.trigger}</dt>
              <dd>{messages.labels.listSnapshotTrigger[data.trigger]}</dd>
            </div>
            <div>
              <dt>{site.snapshot.previous}</dt>
              <dd>
                {data.previousVersion === null ? (
                  site.snapshot.firstVersion
                ) : (
                  <Link to={`/snapshots/${data.previousVersion}`}>
                    {site.snapshots.versionName(data.previousVersion)}
                  </Link>
                )}
              </dd>
            </div>
          </dl>

          {regionName && (
            <p className="region-now" aria-live="polite">
              {site.snapshot.region(regionName)}
            </p>
          )}

          {shown.map((code) => {
            const changes = data.diff[code] ?? { added: [], removed: [] };
            const entries = data.entries.filter((entry) => entry.list === code);
            const name = site.listNames[code];
            return (
              <section key={code} aria-labelledby={`snapshot-${code}`} className="snapshot-list">
                <h2 id={`snapshot-${code}`}>{name}</h2>
                <h3>{site.snapshot.entered(changes.added.length)}</h3>
                {changes.added.length ? (
                  <EntriesTable
                    caption={`${name} — ${site.snapshot.entered(changes.added.length)}`}
                    entries={changes.added}
                  />
                ) : (
                  <p className="muted">{site.snapshot.noneEntered}</p>
                )}
                <h3>{site.snapshot.left(changes.removed.length)}</h3>
                {changes.removed.length ? (
                  <EntriesTable
                    caption={`${name} — ${site.snapshot.left(changes.removed.length)}`}
                    entries={changes.removed}
                  />
                ) : (
                  <p className="muted">{site.snapshot.noneLeft}</p>
                )}
                <details>
                  <summary>{site.snapshot.entries(entries.length)}</summary>
                  {entries.length ? (
                    <EntriesTable
                      caption={`${name} — ${site.snapshot.entries(entries.length)}`}
                      entries={entries}
                    />
                  ) : (
                    <p className="muted">{site.snapshot.noEntries}</p>
                  )}
                </details>
              </section>
            );
          })}
        </>
      )}
    </>
  );
}
