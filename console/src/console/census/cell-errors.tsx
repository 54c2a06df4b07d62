/**
 * A census file's errors as the server reported them (CensusCellError: the census preview's and the
 * census inventory import's), in words beside an icon: `D3 有误：<message>` for a cell, the column's header
 * for a problem of a column the file lacks or has no cell for, the row's own problems. Shared by the census
 * upload (pages/census.tsx) and the census inventory (pages/census-inventory.tsx).
 */
import { CloseCircleOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Schemas } from '../../http/client';
import { useMessages } from '../../i18n/console';

export type CellError = Schemas['CensusCellError'];

/** Dark enough on its pale background for WCAG AA, and never the only sign: an icon and words go with it. */
export const INVALID_CELL = { background: '#fff1f0', boxShadow: 'inset 0 0 0 1px #ffa39e' };
const ERROR_TEXT = { color: '#a8071a' };

export function ErrorLine({ children }: { children: ReactNode }) {
  return (
    <div style={ERROR_TEXT} data-cell-error="">
      <CloseCircleOutlined aria-hidden /> {children}
    </div>
  );
}

/**
 * One error in words. `missingColumn`: the file has no such column (the preview knows which); otherwise a
 * problem named by its column's header without a cell (the import's "outside the jurisdiction") says so.
 */
export function CellErrorLine({
  error,
  missingColumn = false,
}: {
  error: CellError;
  missingColumn?: boolean;
}) {
  const m = useMessages().census.table;
  return (
    <ErrorLine>
      {error.cell !== null
        ? m.cellError(error.cell, error.message)
        : error.header
          ? missingColumn
            ? m.fieldError(error.header, error.message)
            : m.headerError(error.header, error.message)
          : m.rowError(error.message)}
    </ErrorLine>
  );
}

/** Every error of a row, in the order the server gave them. */
export function CellErrorList({ errors }: { errors: CellError[] }) {
  return (
    <>
      {errors.map((error, index) => (
        <CellErrorLine key={index} error={error} />
      ))}
    </>
  );
}
