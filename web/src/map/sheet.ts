// The map as data files, loaded on first use: CSV (a touchpoint per row in the map's order, for spreadsheets) and the
// JSON journey file that moves it to another workspace or installation.
import { label, t } from '../i18n';
import { csvFile, csvRecord, mapColumns } from './content';
import { journeyFile } from './document';
import { downloadBlob } from './download';
import type { MapJourney } from './JourneyGrid';

/** List lanes (pain points, opportunities, blueprint lanes) keep one item per line inside their cell. */
const lines = (items: readonly string[] | null | undefined) => (items ?? []).join('\n');

export function mapCsv(journey: MapJourney): string {
  const header = [t('columnStage'), t('columnTouchpoint'), t('channel'), t('interaction'), t('ownerTeam'),
    t('customerAction'), t('customerThought'), t('columnDesigned'), t('columnMeasured'), t('lanePainPoints'),
    t('laneOpportunities'), t('laneFrontstage'), t('laneBackstage'), t('laneSupport'), t('columnResponses'), 'NPS',
    t('columnCsat'), t('columnCes'), t('columnSent'), t('columnAnswered')];
  const rows = mapColumns(journey).map(({ stage, touchpoint: tp, designed, measured }) => tp ? [stage.name, tp.name,
    label(tp.channel), label(tp.interaction), tp.ownerTeam, tp.customerAction, tp.customerThought, designed,
    measured, lines(tp.painPoints), lines(tp.opportunities), lines(tp.frontstage), lines(tp.backstage),
    lines(tp.supportProcesses), tp.feedback?.responseCount ?? 0, tp.feedback?.nps?.score,
    tp.feedback?.csat?.percentSatisfied, tp.feedback?.ces?.mean, tp.invitationStats?.sent,
    tp.invitationStats?.answered] : [stage.name]);
  return csvFile([header, ...rows].map(csvRecord));
}

export function exportCsv(journey: MapJourney, fileName: string) {
  downloadBlob(new Blob([mapCsv(journey)], { type: 'text/csv;charset=utf-8' }), fileName);
}

export function exportJson(journey: MapJourney, fileName: string) {
  downloadBlob(new Blob([`${JSON.stringify(journeyFile(journey), null, 2)}\n`], { type: 'application/json' }),
    fileName);
}
