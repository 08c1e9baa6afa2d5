// The map's date range: days in the URL (to inclusive), instants in the API (to exclusive), UTC.
import { t } from '../i18n';

export interface DayRange {
  from?: string;
  to?: string;
}

/** Bounds for from ≤ submittedAt < to: the start of `from`, the start of the day after `to`. */
export function instants(range: DayRange): { from: string | null; to: string | null } {
  const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString();
  return {
    from: range.from ? `${range.from}T00:00:00Z` : null,
    to: range.to ? dayAfter(range.to) : null,
  };
}

export function describe(range: DayRange): string {
  if (!range.from && !range.to) return t('allTime');
  return `${range.from ?? '…'} – ${range.to ?? '…'}`;
}
