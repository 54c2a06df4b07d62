/**
 * One quarterly notice (/public/quarterly-notices/:id), laid out to be printed as it reads: its title, the
 * region and quarter, the day its lists are as of and when it was issued; the enterprises to rectify and
 * those to exit by law as the ledger stood at the quarter's end; the member units notified, each with
 * what it must do, and the words of the document that set those duties.
 */
import { Link, useParams } from 'react-router';
import { ProblemError } from '../../http/problem';
import { useMessages } from '../../i18n/public';
import { useQuarterlyNoticeMessages } from '../../i18n/public-quarterly-notices';
import { chinaDateTime, lastDayOf, useLoaded } from '../data';
import { get } from '../http';
import { LoadError, Loading, PageHeading } from '../parts';
import { NotFoundPage } from './not-found';

const ID = /^TB-\d{6}-\d{4}-Q[1-4]$/;
const LISTS = ['to_rectify', 'to_exit'] as const;

export function QuarterlyNoticePage() {
  const { id = '' } = useParams();
  return ID.test(id) ? <QuarterlyNotice id={id} /> : <NotFoundPage />;
}

function QuarterlyNotice({ id }: { id: string }) {
  const messages = useMessages();
  const site = messages.publicSite;
  const notices = useQuarterlyNoticeMessages();
  const q = notices.publicNotice;
  const answer = useLoaded(`quarterly-notice|${id}`, () =>
    get('/v1/quarterly-notices/{id}', { path: { id } }),
  );
  if (answer.error instanceof ProblemError && answer.error.status === 404) return <NotFoundPage />;
  const data = answer.data;
  const regionOf = (code: string, name: string | null) => name ?? messages.common.unknownRegion(code);
  return (
    <>
      <p className="no-print">
        <Link to="/quarterly-notices">{q.back}</Link>
      </p>
      {answer.loading && <Loading />}
      {answer.error && <LoadError error={answer.error} />}
      {data && (
        <article className="announcement">
          <PageHeading
            title={notices.publicList.noticeTitle(
              data.title,
              regionOf(data.regionCode, data.regionName),
              data.year,
              data.quarter,
            )}
          />
          <dl className="facts">
            <dt>{q.region}</dt>
            <dd>{regionOf(data.regionCode, data.regionName)}</dd>
            <dt>{q.quarter}</dt>
            <dd>{q.quarterName(data.year, data.quarter)}</dd>
            <dt>{q.asOf}</dt>
            <dd>{notices.publicList.asOf(lastDayOf(data.asOf))}</dd>
            <dt>{q.issuedAt}</dt>
            <dd>{site.chinaTime(chinaDateTime(data.issuedAt))}</dd>
            <dt>{q.contentHash}</dt>
            <dd className="code" style={{ overflowWrap: 'anywhere' }}>
              {data.contentHash}
            </dd>
          </dl>
          <p className="no-print">
            <button type="button" onClick={() => window.print()}>
              {q.print}
            </button>
          </p>
          {LISTS.map((list) => {
            const entries = data.entries.filter((entry) => entry.list === list);
            const headingId = `notice-list-${list}`;
            return (
              <section key={list} aria-labelledby={headingId} data-list={list}>
                <h2 id={headingId}>{q.listCaption(notices.listName[list], entries.length)}</h2>
                {entries.length === 0 ? (
                  <>
                    <p className="muted">{notices.list[list]}</p>
                    <p className="notice">{q.none}</p>
                  </>
                ) : (
                  <div className="table-wrap">
                    <table>
                      {/* The list's name in law (000 五（五）). */}
                      <caption>{notices.list[list]}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{q.columns.index}</th>
                          <th scope="col">{q.columns.enterprise}</th>
                          <th scope="col">{q.columns.creditCode}</th>
                          <th scope="col">{q.columns.region}</th>
                          <th scope="col">{q.columns.industry}</th>
                          <th scope="col">{q.columns.dimension}</th>
                          <th scope="col">{q.columns.capacity}</th>
                          <th scope="col">{q.columns.status}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {entries.map((entry, index) => (
                          <tr key={entry.caseId}>
                            <td>{index + 1}</td>
                            <th scope="row">{entry.enterpriseName}</th>
                            <td className="nowrap">{entry.creditCode}</td>
                            <td>{regionOf(entry.regionCode, entry.regionName)}</td>
                            <td>{messages.labels.industry[entry.industry]}</td>
                            <td>{messages.labels.dimension[entry.dimension]}</td>
                            <td className="nowrap">
                              {entry.capacityValue} {entry.capacityUnit}
                            </td>
                            <td>{messages.labels.caseStatus[entry.status]}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
              </section>
            );
          })}
          <section aria-labelledby="notice-units">
            <h2 id="notice-units">{q.unitsHeading}</h2>
            <div className="table-wrap">
              <table>
                <caption>{q.unitsCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{q.unitColumns.unit}</th>
                    <th scope="col">{q.unitColumns.duties}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.memberUnits.map((unit) => (
                    <tr key={unit.unit} data-unit={unit.unit}>
                      <th scope="row">{messages.labels.memberUnit[unit.unit]}</th>
                      <td>{unit.duties.map((duty) => notices.duty[duty.code]).join('；')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p>
              <strong>{q.source}</strong> <span lang="zh-CN">{data.dutiesSource}</span>
            </p>
          </section>
        </article>
      )}
    </>
  );
}
