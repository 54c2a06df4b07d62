/**
 * One published announcement (/public/announcements/:id), laid out to be printed as it reads: its title,
 * when it was published and what it is as of, whether it corrects or was corrected by another version,
 * every exited enterprise's equipment and capacity, the totals per unit; a print button and the workbook.
 */
import { Link, useParams } from 'react-router';
import { ProblemError } from '../../http/problem';
import { useMessages } from '../../i18n/public';
import { chinaDateTime, useLoaded } from '../data';
import { get } from '../http';
import { LoadError, Loading, PageHeading } from '../parts';
import { NotFoundPage } from './not-found';

const ID = /^GG-\d{6}-\d{4}-\d{1,4}$/;

export function AnnouncementPage() {
  const { id = '' } = useParams();
  return ID.test(id) ? <Announcement id={id} /> : <NotFoundPage />;
}

function Announcement({ id }: { id: string }) {
  const messages = useMessages();
  const site = messages.publicSite;
  const a = site.announcement;
  const answer = useLoaded(`announcement|${id}`, () =>
    get('/v1/published-announcements/{id}', { path: { id } }),
  );
  if (answer.error instanceof ProblemError && answer.error.status === 404) return <NotFoundPage />;
  const data = answer.data;
  return (
    <>
      <p className="no-print">
        <Link to="/announcements">{a.back}</Link>
      </p>
      {answer.loading && <Loading />}
      {answer.error && <LoadError error={answer.error} />}
      {data && (
        <article className="announcement">
          <PageHeading title={data.title} />
          <dl className="facts">
            <dt>{a.publishedAt}</dt>
            <dd>{data.publishedAt ? site.chinaTime(chinaDateTime(data.publishedAt)) : '—'}</dd>
            <dt>{a.cutoff}</dt>
            <dd>{data.cutoff}</dd>
          </dl>
          {data.correctedBy !== null && (
            <p className="notice notice-error" role="note">
              <Link to={`/announcements/${data.key}-${data.correctedBy}`}>
                {a.correctedByNotice(data.correctedBy)}
              </Link>
            </p>
          )}
          {data.corrects !== null && (
            <p className="notice" role="note">
              {a.correctsNotice(data.corrects, data.correction ?? '')}
            </p>
          )}
          <p className="no-print">
            <button type="button" onClick={() => window.print()}>
              {a.print}
            </button>{' '}
            <a href={`/v1/published-announcements/${encodeURIComponent(id)}?format=xlsx`} download>
              {a.download}
            </a>
          </p>
          {data.rows.length === 0 ? (
            <p className="notice">{a.none}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption>{a.caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{a.columns.index}</th>
                    <th scope="col">{a.columns.enterprise}</th>
                    <th scope="col">{a.columns.creditCode}</th>
                    <th scope="col">{a.columns.region}</th>
                    <th scope="col">{a.columns.industry}</th>
                    <th scope="col">{a.columns.dimension}</th>
                    <th scope="col">{a.columns.equipment}</th>
                    <th scope="col">{a.columns.capacity}</th>
                    <th scope="col">{a.columns.method}</th>
                    <th scope="col">{a.columns.exitedOn}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.rows.map((row, index) => (
                    <tr key={`${row.creditCode}/${row.equipment}/${index}`}>
                      <td>{index + 1}</td>
                      <th scope="row">{row.enterpriseName}</th>
                      <td className="nowrap">{row.creditCode}</td>
                      <td>{row.regionName ?? messages.common.unknownRegion(row.regionCode)}</td>
                      <td>{messages.labels.industry[row.industry]}</td>
                      <td>{messages.labels.dimension[row.dimension]}</td>
                      <td>{row.equipment}</td>
                      <td className="nowrap">
                        {row.capacityValue} {row.capacityUnit}
                      </td>
                      <td>{messages.labels.exitMethod[row.exitMethod]}</td>
                      <td className="nowrap">{row.countedOn}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  {data.totals.map((total) => (
                    <tr key={total.capacityUnit}>
                      <th scope="row" colSpan={7}>
                        {a.total}
                      </th>
                      <td className="nowrap">
                        {total.capacityValue} {total.capacityUnit}
                      </td>
                      <td colSpan={2} />
                    </tr>
                  ))}
                </tfoot>
              </table>
            </div>
          )}
        </article>
      )}
    </>
  );
}
