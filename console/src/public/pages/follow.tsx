/**
 * Following a tip by its receipt number (/public/tips/follow). The number is the reporter's only key
 * to their tip, so it never goes into the page's address (nor into a log of page requests): it is typed
 * into the form, or handed over in the browser's history state by the receipt's link.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLocation } from 'react-router';
import { ProblemError, type Schemas } from '../../http/problem';
import { useMessages } from '../../i18n/public';
import { chinaDateTime } from '../data';
import { get } from '../http';
import { LoadError, PageHeading } from '../parts';

type PublicTip = Schemas['PublicTip'];
type Outcome =
  | { kind: 'found'; tip: PublicTip }
  | { kind: 'invalid' }
  | { kind: 'missing' }
  | { kind: 'failed'; error: Error };

export function FollowPage() {
  const messages = useMessages();
  const site = messages.publicSite;
  const text = site.follow;
  const handed = (useLocation().state as { receiptNumber?: unknown } | null)?.receiptNumber;
  const [number, setNumber] = useState(typeof handed === 'string' ? handed : '');
  const [searching, setSearching] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const result = useRef<HTMLHeadingElement>(null);

  const lookUp = async (typed: string) => {
    const receiptNumber = typed.trim().toUpperCase();
    if (!receiptNumber) {
      setOutcome({ kind: 'invalid' });
      input.current?.focus();
      return;
    }
    setSearching(true);
    try {
      const tip = await get('/v1/tips/{receiptNumber}', { path: { receiptNumber } });
      setOutcome({ kind: 'found', tip });
    } catch (error) {
      if (error instanceof ProblemError && error.status === 400) setOutcome({ kind: 'invalid' });
      else if (error instanceof ProblemError && error.status === 404) setOutcome({ kind: 'missing' });
      else setOutcome({ kind: 'failed', error: error instanceof Error ? error : new Error(String(error)) });
    } finally {
      setSearching(false);
    }
  };

  // Once an answer is on screen (not before: a frame may come before React has rendered it), the focus
  // goes to the result, or back to the number when there is none.
  useEffect(() => {
    if (outcome?.kind === 'found') result.current?.focus();
    else if (outcome) input.current?.focus();
  }, [outcome]);

  // Come from the receipt: look the tip up at once (once, for the number handed over on arrival).
  const arrived = useRef(false);
  useEffect(() => {
    if (arrived.current) return;
    arrived.current = true;
    if (typeof handed === 'string' && handed) void lookUp(handed);
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!searching) void lookUp(number);
  };

  const problem =
    outcome?.kind === 'invalid' ? text.invalidNumber : outcome?.kind === 'missing' ? text.notFound : null;
  const tip = outcome?.kind === 'found' ? outcome.tip : null;

  return (
    <>
      <PageHeading title={text.title} />
      <p className="lead">{text.intro}</p>
      <form className="follow-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="follow-receipt">{text.receiptNumber}</label>
          <input
            id="follow-receipt"
            ref={input}
            type="text"
            className="code"
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="characters"
            value={number}
            onChange={(event) => setNumber(event.target.value)}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'follow-receipt-hint follow-receipt-error' : 'follow-receipt-hint'}
          />
          <p id="follow-receipt-hint" className="hint">
            {text.receiptHint}
          </p>
          {problem && (
            <p id="follow-receipt-error" className="field-error" role="alert">
              {problem}
            </p>
          )}
        </div>
        <div className="form-actions">
          <button type="submit" aria-disabled={searching || undefined}>
            {searching ? text.searching : text.submit}
          </button>
        </div>
      </form>
      {outcome?.kind === 'failed' && <LoadError error={outcome.error} />}
      {tip && (
        <section aria-labelledby="follow-result" className="receipt">
          <h2 id="follow-result" tabIndex={-1} ref={result}>
            {text.result}
          </h2>
          <dl className="facts">
            <div>
              <dt>{text.receiptNumber}</dt>
              <dd className="code">{tip.receiptNumber}</dd>
            </div>
            <div>
              <dt>{text.category}</dt>
              <dd data-testid="tip-category">{messages.labels.tipCategory[tip.category]}</dd>
            </div>
            <div>
              <dt>{text.status}</dt>
              <dd data-testid="tip-status">{messages.labels.tipStatus[tip.status]}</dd>
            </div>
            <div>
              <dt>{text.receivedAt}</dt>
              <dd>
                <time dateTime={tip.receivedAt}>{site.chinaTime(chinaDateTime(tip.receivedAt))}</time>
              </dd>
            </div>
            <div>
              <dt>{text.outcome}</dt>
              <dd>{tip.outcome ? messages.labels.tipOutcome[tip.outcome] : text.notYet}</dd>
            </div>
            {tip.closedAt && (
              <div>
                <dt>{text.closedAt}</dt>
                <dd>
                  <time dateTime={tip.closedAt}>{site.chinaTime(chinaDateTime(tip.closedAt))}</time>
                </dd>
              </div>
            )}
            {tip.closedReason && (
              <div>
                <dt>{text.closedReason}</dt>
                <dd>{tip.closedReason}</dd>
              </div>
            )}
            <div>
              <dt>{text.caseOpened}</dt>
              <dd>{tip.caseOpened ? text.yes : text.no}</dd>
            </div>
          </dl>
        </section>
      )}
    </>
  );
}
