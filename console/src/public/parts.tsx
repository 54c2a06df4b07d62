/** Pieces every public page uses: its heading, a table of list entries, and what loading or failing shows. */
import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { ProblemError } from '../http/problem';
import { useMessages } from '../i18n/public';
import { chinaDay, type ListEntry } from './data';

/** Whether a page has been shown in this visit: the first one keeps the focus where the browser put it. */
let arrived = false;

/**
 * The page's one <h1>. Opening a page from another puts the focus on it, so that a screen reader starts
 * reading there; it also names the window.
 */
export function PageHeading({ children, title }: { children?: ReactNode; title: string }) {
  const messages = useMessages();
  const full = messages.publicSite.pageTitle(title);
  const { pathname } = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = full;
  }, [full]);
  useEffect(() => {
    if (arrived) heading.current?.focus();
    arrived = true;
  }, [pathname]);
  return (
    <h1 tabIndex={-1} ref={heading}>
      {children ?? title}
    </h1>
  );
}

export function Loading() {
  return (
    <p role="status" className="loading">
      {useMessages().common.loading}
    </p>
  );
}

/** A request that failed, in words: the service's own explanation when it gave one. */
export function LoadError({ error }: { error: Error }) {
  const messages = useMessages();
  const detail =
    error instanceof ProblemError
      ? (error.problem.detail ?? error.problem.title ?? error.message)
      : error.message;
  return (
    <div role="alert" className="notice notice-error">
      <p>
        <strong>{messages.publicSite.loadFailed}</strong>
      </p>
      <p lang={error instanceof ProblemError ? 'en' : undefined}>{detail}</p>
    </div>
  );
}

/** Enterprises on a list: name, credit code, region by name, and the day they entered it. */
export function EntriesTable({ caption, entries }: { caption: ReactNode; entries: ListEntry[] }) {
  const messages = useMessages();
  const columns = messages.publicSite.lists.columns;
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.enterprise}</th>
            <th scope="col">{columns.creditCode}</th>
            <th scope="col">{columns.region}</th>
            <th scope="col">{columns.enteredAt}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={`${entry.list}:${entry.caseId}`}>
              <th scope="row">{entry.enterpriseName}</th>
              <td className="code">{entry.creditCode}</td>
              <td>{entry.regionName ?? messages.common.unknownRegion(entry.regionCode)}</td>
              <td>
                <time dateTime={entry.enteredAt}>{chinaDay(entry.enteredAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
