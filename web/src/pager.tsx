// Cursor paging of a connection: the cursors of the pages seen, so that "previous" needs no offset.
import { useEffect, useState } from 'preact/hooks';
import { t } from './i18n';

export interface Pages {
  after: string | null;
  next: (cursor: string) => void;
  previous: () => void;
  first: boolean;
}

/** Back to the first page whenever one of the filters changes. */
export function usePages(filters: unknown[]): Pages {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  useEffect(() => setCursors([null]), filters);
  return {
    after: cursors[cursors.length - 1],
    next: (cursor) => setCursors([...cursors, cursor]),
    previous: () => setCursors(cursors.slice(0, -1)),
    first: cursors.length === 1,
  };
}

export function Pager({ pages, pageInfo, total }: { pages: Pages; total: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null } }) {
  return (
    <nav class="pager" aria-label="pages">
      <span class="muted">{total}</span>
      <button type="button" disabled={pages.first} onClick={pages.previous}>{t('previousPage')}</button>
      <button type="button" disabled={!pageInfo.hasNextPage}
        onClick={() => pageInfo.endCursor && pages.next(pageInfo.endCursor)}>{t('nextPage')}</button>
    </nav>
  );
}
