/**
 * Filing a tip (举报, /public/tips/new), anonymously or with a name and a contact. The API is the one
 * judge of what is valid: what it refuses comes back as a problem whose `errors[].pointer` names each
 * field, and is shown beside that field and in a summary at the top. One idempotency key per tip, so
 * that a double click or a retry after a lost answer files it once; after filing, the receipt number.
 */
import { useRef, useState, type FormEvent, type MouseEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ProblemError, type Schemas } from '../../http/problem';
import { useMessages } from '../../i18n/public';
import { chinaDateTime, newIdempotencyKey } from '../data';
import { post } from '../http';
import { PageHeading } from '../parts';
import { RegionPicker } from '../region-picker';

type Category = keyof ReturnType<typeof useMessages>['labels']['tipCategory'];
type Dimension = keyof ReturnType<typeof useMessages>['labels']['dimension'];
type Industry = keyof ReturnType<typeof useMessages>['labels']['industry'];
type PublicTip = Schemas['PublicTip'];

/** The fields the API may name, by their JSON pointer without the leading slash. */
type Field =
  | 'category'
  | 'enterpriseName'
  | 'creditCode'
  | 'regionCode'
  | 'dimension'
  | 'industry'
  | 'description'
  | 'anonymous'
  | 'reporter'
  | 'reporter/name'
  | 'reporter/contact';

/** Where each field is on the page: the control a summary's link takes the focus to. */
const CONTROL: Record<Field, string> = {
  category: 'tip-category-backward_capacity',
  enterpriseName: 'tip-enterpriseName',
  creditCode: 'tip-creditCode',
  regionCode: 'tip-region-0',
  dimension: 'tip-dimension',
  industry: 'tip-industry',
  description: 'tip-description',
  anonymous: 'tip-anonymous-yes',
  reporter: 'tip-name',
  'reporter/name': 'tip-name',
  'reporter/contact': 'tip-contact',
};

const isField = (name: string): name is Field => name in CONTROL;

/** What the API refused: per field, the service's own words; `form` for what names no field. */
interface Refusal {
  field: Field | null;
  detail: string;
}

interface Draft {
  category: Category;
  enterpriseName: string;
  creditCode: string;
  regionCode: string | null;
  dimension: Dimension | '';
  industry: Industry | '';
  description: string;
  anonymous: boolean;
  name: string;
  contact: string;
}

const EMPTY: Draft = {
  category: 'backward_capacity',
  enterpriseName: '',
  creditCode: '',
  regionCode: null,
  dimension: '',
  industry: '',
  description: '',
  anonymous: true,
  name: '',
  contact: '',
};

/** The request body, as TipSubmission in the OpenAPI document describes it. */
function bodyOf(draft: Draft) {
  const swap = draft.category === 'illegal_capacity_swap';
  return {
    category: draft.category,
    enterpriseName: draft.enterpriseName,
    ...(draft.creditCode.trim() ? { creditCode: draft.creditCode.trim().toUpperCase() } : {}),
    regionCode: draft.regionCode ?? '',
    // A swap is not one of the five standards: a swap tip names no dimension.
    ...(draft.dimension && !swap ? { dimension: draft.dimension } : {}),
    ...(draft.industry ? { industry: draft.industry } : {}),
    description: draft.description,
    anonymous: draft.anonymous,
    ...(draft.anonymous ? {} : { reporter: { name: draft.name, contact: draft.contact } }),
  };
}

export function TipPage() {
  const site = useMessages().publicSite;
  const [receipt, setReceipt] = useState<PublicTip | null>(null);
  // Remounting the form (a new key) starts a new tip with a new idempotency key.
  const [round, setRound] = useState(0);
  return (
    <>
      <PageHeading title={site.tip.title} />
      {receipt ? (
        <Receipt
          tip={receipt}
          onAnother={() => {
            setReceipt(null);
            setRound((n) => n + 1);
          }}
        />
      ) : (
        <TipForm key={round} onFiled={setReceipt} />
      )}
    </>
  );
}

function TipForm({ onFiled }: { onFiled(tip: PublicTip): void }) {
  const messages = useMessages();
  const site = messages.publicSite;
  const text = site.tip;
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [key] = useState(newIdempotencyKey);
  const [sending, setSending] = useState(false);
  const [refusals, setRefusals] = useState<Refusal[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const summary = useRef<HTMLDivElement>(null);

  const set = <K extends keyof Draft>(name: K, value: Draft[K]) => setDraft((d) => ({ ...d, [name]: value }));
  const errorsOf = (...fields: Field[]) =>
    refusals.filter((r) => r.field !== null && fields.includes(r.field));
  const errorId = (field: string, ...fields: Field[]) =>
    errorsOf(...fields).length ? `tip-${field}-error` : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    setSending(true);
    setFailure(null);
    try {
      onFiled(await post('/v1/tips', bodyOf(draft), { headers: { 'idempotency-key': key } }));
      return;
    } catch (error) {
      const problem = error instanceof ProblemError ? error.problem : null;
      if (error instanceof ProblemError && error.status === 400 && problem?.errors?.length) {
        setRefusals(
          problem.errors.map(({ pointer, detail }) => {
            const name = pointer.replace(/^\//, '');
            return { field: isField(name) ? name : null, detail };
          }),
        );
      } else {
        setRefusals([]);
        setFailure(error instanceof Error ? error.message : String(error));
      }
    } finally {
      setSending(false);
    }
    // The summary says what went wrong; it takes the focus so that it is read at once.
    requestAnimationFrame(() => summary.current?.focus());
  };

  const goTo = (field: Field) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(CONTROL[field])?.focus();
  };

  const required = (label: string): ReactNode => (
    <>
      {label}
      <span className="required" aria-hidden="true">
        {' '}
        *
      </span>
      <span className="visually-hidden">{text.required}</span>
    </>
  );

  return (
    <>
      <p className="lead">{text.intro}</p>
      <div ref={summary} tabIndex={-1} className="summary-slot">
        {refusals.length > 0 && (
          <div role="alert" className="notice notice-error">
            <p>
              <strong>{text.invalid}</strong>
            </p>
            <ul>
              {refusals.map((refusal, index) =>
                refusal.field ? (
                  <li key={index}>
                    <a href={`#${CONTROL[refusal.field]}`} onClick={goTo(refusal.field)}>
                      {text.fieldErrors[refusal.field]}
                    </a>
                  </li>
                ) : (
                  <li key={index}>
                    {text.otherError}{' '}
                    <span className="server-detail">
                      {text.serverSays} <span lang="en">{refusal.detail}</span>
                    </span>
                  </li>
                ),
              )}
            </ul>
          </div>
        )}
        {failure && (
          <div role="alert" className="notice notice-error">
            <p>
              <strong>{text.failed}</strong>
            </p>
            <p className="server-detail">
              {text.serverSays} <span lang="en">{failure}</span>
            </p>
          </div>
        )}
      </div>

      <form className="tip-form" onSubmit={submit} noValidate aria-describedby="tip-required-note">
        <p id="tip-required-note" className="muted">
          {text.requiredNote}
        </p>
        <fieldset
          aria-describedby={['tip-category-hint', errorId('category', 'category')].filter(Boolean).join(' ')}
        >
          <legend>{required(text.fields.category)}</legend>
          {(Object.entries(messages.labels.tipCategory) as [Category, string][]).map(([code, label]) => (
            <div className="choice" key={code}>
              <input
                id={`tip-category-${code}`}
                type="radio"
                name="category"
                value={code}
                checked={draft.category === code}
                onChange={() => set('category', code)}
              />
              <label htmlFor={`tip-category-${code}`}>{label}</label>
            </div>
          ))}
          <p id="tip-category-hint" className="hint">
            {text.fields.categoryHint}
          </p>
          <FieldErrors id="category" fields={['category']} refusals={refusals} />
        </fieldset>

        <fieldset>
          <legend>{text.enterprise}</legend>
          <div className="field">
            <label htmlFor="tip-enterpriseName">{required(text.fields.enterpriseName)}</label>
            <input
              id="tip-enterpriseName"
              type="text"
              autoComplete="organization"
              value={draft.enterpriseName}
              onChange={(event) => set('enterpriseName', event.target.value)}
              aria-required="true"
              aria-invalid={errorId('enterpriseName', 'enterpriseName') ? true : undefined}
              aria-describedby={errorId('enterpriseName', 'enterpriseName')}
            />
            <FieldErrors id="enterpriseName" fields={['enterpriseName']} refusals={refusals} />
          </div>
          <div className="field">
            <label htmlFor="tip-creditCode">{text.fields.creditCode}</label>
            <input
              id="tip-creditCode"
              type="text"
              className="code"
              spellCheck={false}
              autoCapitalize="characters"
              value={draft.creditCode}
              onChange={(event) => set('creditCode', event.target.value)}
              aria-invalid={errorId('creditCode', 'creditCode') ? true : undefined}
              aria-describedby={['tip-creditCode-hint', errorId('creditCode', 'creditCode')]
                .filter(Boolean)
                .join(' ')}
            />
            <p id="tip-creditCode-hint" className="hint">
              {text.fields.creditCodeHint}
            </p>
            <FieldErrors id="creditCode" fields={['creditCode']} refusals={refusals} />
          </div>
          <RegionPicker
            id="tip-region"
            legend={text.fields.region}
            value={draft.regionCode}
            onChange={(code) => set('regionCode', code)}
            required
            empty="choose"
            errorId={errorId('regionCode', 'regionCode')}
          />
          <FieldErrors id="regionCode" fields={['regionCode']} refusals={refusals} />
          {draft.category === 'illegal_capacity_swap' ? (
            <p className="hint" id="tip-dimension-swap">
              {text.fields.dimensionSwap}
            </p>
          ) : (
            <div className="field">
              <label htmlFor="tip-dimension">{text.fields.dimension}</label>
              <select
                id="tip-dimension"
                value={draft.dimension}
                onChange={(event) => set('dimension', event.target.value as Dimension | '')}
                aria-invalid={errorId('dimension', 'dimension') ? true : undefined}
                aria-describedby={errorId('dimension', 'dimension')}
              >
                <option value="">{text.fields.unknown}</option>
                {Object.entries(messages.labels.dimension).map(([code, label]) => (
                  <option key={code} value={code}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
          )}
          <FieldErrors id="dimension" fields={['dimension']} refusals={refusals} />
          <div className="field">
            <label htmlFor="tip-industry">{text.fields.industry}</label>
            <select
              id="tip-industry"
              value={draft.industry}
              onChange={(event) => set('industry', event.target.value as Industry | '')}
              aria-invalid={errorId('industry', 'industry') ? true : undefined}
              aria-describedby={errorId('industry', 'industry')}
            >
              <option value="">{text.fields.unknown}</option>
              {Object.entries(messages.labels.industry).map(([code, label]) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </select>
            <FieldErrors id="industry" fields={['industry']} refusals={refusals} />
          </div>
        </fieldset>

        <div className="field">
          <label htmlFor="tip-description">{required(text.fields.description)}</label>
          <textarea
            id="tip-description"
            rows={6}
            value={draft.description}
            onChange={(event) => set('description', event.target.value)}
            aria-required="true"
            aria-invalid={errorId('description', 'description') ? true : undefined}
            aria-describedby={['tip-description-hint', errorId('description', 'description')]
              .filter(Boolean)
              .join(' ')}
          />
          <p id="tip-description-hint" className="hint">
            {text.fields.descriptionHint}
          </p>
          <FieldErrors id="description" fields={['description']} refusals={refusals} />
        </div>

        <fieldset aria-describedby={errorId('identity', 'anonymous', 'reporter')}>
          <legend>{text.fields.identity}</legend>
          <div className="choice">
            <input
              id="tip-anonymous-yes"
              type="radio"
              name="identity"
              checked={draft.anonymous}
              onChange={() => set('anonymous', true)}
            />
            <label htmlFor="tip-anonymous-yes">{text.fields.anonymous}</label>
          </div>
          <div className="choice">
            <input
              id="tip-anonymous-no"
              type="radio"
              name="identity"
              checked={!draft.anonymous}
              onChange={() => set('anonymous', false)}
            />
            <label htmlFor="tip-anonymous-no">{text.fields.named}</label>
          </div>
          <FieldErrors id="identity" fields={['anonymous', 'reporter']} refusals={refusals} />
          {!draft.anonymous && (
            <div className="reporter">
              <div className="field">
                <label htmlFor="tip-name">{required(text.fields.name)}</label>
                <input
                  id="tip-name"
                  type="text"
                  autoComplete="name"
                  value={draft.name}
                  onChange={(event) => set('name', event.target.value)}
                  aria-required="true"
                  aria-invalid={errorId('name', 'reporter/name') ? true : undefined}
                  aria-describedby={errorId('name', 'reporter/name')}
                />
                <FieldErrors id="name" fields={['reporter/name']} refusals={refusals} />
              </div>
              <div className="field">
                <label htmlFor="tip-contact">{required(text.fields.contact)}</label>
                <input
                  id="tip-contact"
                  type="text"
                  autoComplete="tel"
                  value={draft.contact}
                  onChange={(event) => set('contact', event.target.value)}
                  aria-required="true"
                  aria-invalid={errorId('contact', 'reporter/contact') ? true : undefined}
                  aria-describedby={errorId('contact', 'reporter/contact')}
                />
                <FieldErrors id="contact" fields={['reporter/contact']} refusals={refusals} />
              </div>
            </div>
          )}
        </fieldset>

        <div className="form-actions">
          <button type="submit" aria-disabled={sending || undefined}>
            {sending ? text.submitting : text.submit}
          </button>
        </div>
      </form>
    </>
  );
}

/** The words beside a field: what to do, then what the service said, as it said it. */
function FieldErrors({ id, fields, refusals }: { id: string; fields: Field[]; refusals: Refusal[] }) {
  const text = useMessages().publicSite.tip;
  const found = refusals.filter((refusal) => refusal.field !== null && fields.includes(refusal.field));
  if (!found.length) return null;
  return (
    <div id={`tip-${id}-error`} className="field-error">
      {found.map((refusal, index) => (
        <p key={index}>
          {text.fieldErrors[refusal.field!]}{' '}
          <span className="server-detail">
            {text.serverSays} <span lang="en">{refusal.detail}</span>
          </span>
        </p>
      ))}
    </div>
  );
}

function Receipt({ tip, onAnother }: { tip: PublicTip; onAnother(): void }) {
  const messages = useMessages();
  const site = messages.publicSite;
  const text = site.tip.receipt;
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <section aria-labelledby="tip-receipt" className="receipt">
      <h2
        id="tip-receipt"
        tabIndex={-1}
        ref={(element) => {
          // Filed: the receipt takes the focus once, so that it is read out at once.
          if (element && heading.current !== element) {
            heading.current = element;
            element.focus();
          }
        }}
      >
        {text.title}
      </h2>
      <dl className="facts">
        <div>
          <dt>{text.number}</dt>
          <dd>
            <strong className="receipt-number" data-testid="receipt-number">
              {tip.receiptNumber}
            </strong>
          </dd>
        </div>
        <div>
          <dt>{text.category}</dt>
          <dd data-testid="receipt-category">{messages.labels.tipCategory[tip.category]}</dd>
        </div>
        <div>
          <dt>{text.receivedAt}</dt>
          <dd>
            <time dateTime={tip.receivedAt}>{site.chinaTime(chinaDateTime(tip.receivedAt))}</time>
          </dd>
        </div>
        <div>
          <dt>{text.status}</dt>
          <dd>{messages.labels.tipStatus[tip.status]}</dd>
        </div>
      </dl>
      <p>{text.keep}</p>
      <ul className="actions">
        <li>
          <Link to="/tips/follow" state={{ receiptNumber: tip.receiptNumber }} className="button">
            {text.follow}
          </Link>
        </li>
        <li>
          <button type="button" className="secondary" onClick={onAnother}>
            {text.another}
          </button>
        </li>
      </ul>
    </section>
  );
}
