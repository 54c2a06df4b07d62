/**
 * The census result made public (/public/census-results?region=…&year=…, 摸底排查结果公布, 000 四（二）1): the
 * public chooses a region and a year and reads, laid out to be printed, the enterprise list with each one's
 * equipment count and capacity, the equipment list with its law and the standard or catalogue clause, and
 * the totals per capacity unit — the rows of the jurisdiction's census inventory that count now.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useMessages } from '../../i18n/public';
import { useCensusResultMessages } from '../../i18n/public-census-results';
import { chinaDateTime, chinaDay, useLoaded } from '../data';
import { get } from '../http';
import { LoadError, Loading, PageHeading } from '../parts';
import { RegionPicker } from '../region-picker';

const FIRST_YEAR = 2017;
const REGION_ERROR = 'census-result-region-error';

const capacityText = (capacity: { capacityUnit: string; value: number }[]) =>
  capacity.map((c) => `${c.value} ${c.capacityUnit}`).join('；');

export function CensusResultsPage() {
  const messages = useMessages();
  const site = messages.publicSite;
  const r = useCensusResultMessages();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(chinaDay(new Date().toISOString()).slice(0, 4));
  const region = params.get('region');
  const yearParam = params.get('year');
  const year = yearParam && /^\d{4}$/.test(yearParam) ? Number(yearParam) : thisYear;
  const [draftRegion, setDraftRegion] = useState<string | null>(region);
  const [draftYear, setDraftYear] = useState<string>(String(year));
  const [missingRegion, setMissingRegion] = useState(false);
  useEffect(() => setDraftRegion(region), [region]);
  useEffect(() => setDraftYear(String(year)), [year]);

  const answer = useLoaded(region ? `census-result|${region}|${year}` : null, () =>
    get('/v1/census-results/{regionCode}/{year}', { path: { regionCode: region ?? '', year } }),
  );
  const show = (event: FormEvent) => {
    event.preventDefault();
    setMissingRegion(!draftRegion);
    if (draftRegion) setParams({ region: draftRegion, year: draftYear });
  };
  // The census of next year may be under way already.
  const years = Array.from({ length: thisYear + 2 - FIRST_YEAR }, (_, i) => String(thisYear + 1 - i));
  const data = answer.data;
  const regionOf = (code: string, name: string | null) => name ?? messages.common.unknownRegion(code);

  return (
    <>
      <PageHeading title={r.title} />
      <p className="lead no-print">{r.intro}</p>
      <form className="filter no-print" onSubmit={show} aria-label={r.choose} noValidate>
        <RegionPicker
          id="census-result-region"
          legend={r.region}
          value={draftRegion}
          onChange={(code) => {
            setDraftRegion(code);
            if (code) setMissingRegion(false);
          }}
          required
          empty="choose"
          {...(missingRegion ? { errorId: REGION_ERROR } : {})}
        />
        <div className="field">
          <label htmlFor="census-result-year">{r.year}</label>
          <select
            id="census-result-year"
            value={draftYear}
            onChange={(event) => setDraftYear(event.target.value)}
          >
            {years.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-actions">
          <button type="submit">{r.show}</button>
        </div>
        {missingRegion && (
          <p id={REGION_ERROR} className="field-error" role="alert">
            {r.chooseRegion}
          </p>
        )}
      </form>
      {!region && <p className="notice">{r.prompt}</p>}
      {answer.loading && <Loading />}
      {answer.error && <LoadError error={answer.error} />}
      {data && (
        <article className="announcement" aria-labelledby="census-result-title">
          <h2 id="census-result-title">
            {r.resultTitle(data.title, regionOf(data.regionCode, data.regionName), data.year)}
          </h2>
          <dl className="facts">
            <dt>{r.region}</dt>
            <dd>{regionOf(data.regionCode, data.regionName)}</dd>
            <dt>{r.year}</dt>
            <dd>{data.year}</dd>
            <dt>{r.asOf}</dt>
            <dd>
              <time dateTime={data.asOf}>{site.chinaTime(chinaDateTime(data.asOf))}</time>
            </dd>
          </dl>
          <p className="no-print">
            <button type="button" onClick={() => window.print()}>
              {r.print}
            </button>
          </p>
          {data.enterprises.length === 0 ? (
            <p className="notice">{r.none}</p>
          ) : (
            <>
              <section aria-labelledby="census-result-enterprises">
                <h3 id="census-result-enterprises">{r.enterprises.heading(data.enterprises.length)}</h3>
                <div className="table-wrap">
                  <table>
                    <caption>{r.enterprises.caption}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{r.enterprises.columns.index}</th>
                        <th scope="col">{r.enterprises.columns.enterprise}</th>
                        <th scope="col">{r.enterprises.columns.creditCode}</th>
                        <th scope="col">{r.enterprises.columns.region}</th>
                        <th scope="col">{r.enterprises.columns.equipment}</th>
                        <th scope="col">{r.enterprises.columns.capacity}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.enterprises.map((enterprise, index) => (
                        <tr key={enterprise.creditCode} data-enterprise={enterprise.creditCode}>
                          <td>{index + 1}</td>
                          <th scope="row">{enterprise.enterpriseName}</th>
                          <td className="nowrap code">{enterprise.creditCode}</td>
                          <td>{regionOf(enterprise.regionCode, enterprise.regionName)}</td>
                          <td>{r.equipmentCount(enterprise.equipment)}</td>
                          <td className="nowrap">{capacityText(enterprise.capacity)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>
              <section aria-labelledby="census-result-equipment">
                <h3 id="census-result-equipment">{r.equipment.heading(data.equipment.length)}</h3>
                <div className="table-wrap">
                  <table>
                    <caption>{r.equipment.caption}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{r.equipment.columns.index}</th>
                        <th scope="col">{r.equipment.columns.enterprise}</th>
                        <th scope="col">{r.equipment.columns.equipment}</th>
                        <th scope="col">{r.equipment.columns.industry}</th>
                        <th scope="col">{r.equipment.columns.dimension}</th>
                        <th scope="col">{r.equipment.columns.capacity}</th>
                        <th scope="col">{r.equipment.columns.law}</th>
                        <th scope="col">{r.equipment.columns.standard}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.equipment.map((row, index) => (
                        <tr key={`${row.creditCode}/${row.equipment}/${index}`}>
                          <td>{index + 1}</td>
                          <th scope="row">{row.enterpriseName}</th>
                          <td>{row.equipment}</td>
                          <td>{messages.labels.industry[row.industry]}</td>
                          <td>{messages.labels.dimension[row.dimension]}</td>
                          <td className="nowrap">
                            {row.capacityValue} {row.capacityUnit}
                          </td>
                          <td lang="zh-CN">{row.law}</td>
                          <td lang="zh-CN">{row.standard ?? '—'}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>
              <section aria-labelledby="census-result-totals">
                <h3 id="census-result-totals">{r.totals.heading}</h3>
                <div className="table-wrap">
                  <table>
                    <caption>{r.totals.caption}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{r.totals.columns.unit}</th>
                        <th scope="col">{r.totals.columns.equipment}</th>
                        <th scope="col">{r.totals.columns.value}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.totals.map((total) => (
                        <tr key={total.capacityUnit} data-unit={total.capacityUnit}>
                          <th scope="row">{total.capacityUnit}</th>
                          <td>{r.equipmentCount(total.equipment)}</td>
                          <td className="nowrap">
                            {total.value} {total.capacityUnit}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>
            </>
          )}
        </article>
      )}
    </>
  );
}
