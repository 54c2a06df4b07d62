/**
 * The published versions of the lists (/public/snapshots), newest first: when each was published, how,
 * and per list how many enterprises it holds and how many entered and left since the version before.
 */
import { Link, useSearchParams } from 'react-router';
import { useMessages } from '../../i18n/public';
import { chinaDateTime, LIST_CODES, useLoaded } from '../data';
import { get } from '../http';
import { LoadError, Loading, PageHeading } from '../parts';

export function SnapshotsPage() {
  const messages = useMessages();
  const site = messages.publicSite;
  const [params] = useSearchParams();
  const cursor = params.get('cursor');
  const answer = useLoaded(`snapshots|${cursor ?? ''}`, () =>
    get('/v1/list-snapshots', { query: { limit: 20, cursor } }),
  );
  const data = answer.data;
  return (
    <>
      <PageHeading title={site.snapshots.title} />
      <p className="lead">{site.snapshots.intro}</p>
      {answer.loading && <Loading />}
      {answer.error && <LoadError error={answer.error} />}
      {data && data.items.length === 0 && <p className="notice">{site.snapshots.empty}</p>}
      {data && data.items.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption>{site.snapshots.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{site.snapshots.columns.version}</th>
                <th scope="col">{site.snapshots.columns.takenAt}</th>
                <th scope="col">{site.snapshots.columns.trigger}</th>
                {LIST_CODES.map((list) => (
                  <th scope="col" key={list}>
                    {site.listNames[list]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.items.map((version) => (
                <tr key={version.version}>
                  <th scope="row" className="nowrap">
                    <Link to={`/snapshots/${version.version}`}>
                      {site.snapshots.versionName(version.version)}
                    </Link>
                  </th>
                  <td className="nowrap">
                    <time dateTime={version.takenAt}>{site.chinaTime(chinaDateTime(version.takenAt))}</time>
                  </td>
                  <td className="nowrap">{messages.labels.listSnapshotTrigger[version.trigger]}</td>
                  {LIST_CODES.map((list) => {
                    const counts = version.counts[list];
                    return (
                      <td key={list}>
                        {counts ? site.snapshots.counts(counts.entries, counts.added, counts.removed) : '—'}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && (cursor || data.nextCursor) && (
        <nav aria-label={site.lists.paging} className="paging">
          {cursor && <Link to="/snapshots">{site.snapshots.newestPage}</Link>}
          {data.nextCursor && (
            <Link to={`/snapshots?${new URLSearchParams({ cursor: data.nextCursor })}`}>
              {site.snapshots.olderPage}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
