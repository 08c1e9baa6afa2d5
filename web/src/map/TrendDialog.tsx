// A touchpoint's score over time, on click of its badge (its own request: the map view stays one).
import { call } from '../api';
import { t } from '../i18n';
import { useLoad } from '../load';
import { TouchpointTrendQuery } from '../operations';
import { Dialog, ErrorBox, Loading } from '../ui';
import { TrendChart } from './charts';
import type { MapTouchpoint } from './JourneyGrid';
import { instants, type DayRange } from './range';
import { badge, scaleOf, scoreText, valueOf } from './scores';

export function TrendDialog({ touchpoint, range, onClose }: { touchpoint: MapTouchpoint; range: DayRange;
  onClose: () => void }) {
  const kind = badge(touchpoint.feedback)?.kind;
  const trend = useLoad(() => call(TouchpointTrendQuery, { filter: { touchpointId: touchpoint.id,
    ...instants(range) }, bucket: 'WEEK' }), [touchpoint.id, range.from, range.to]);
  const title = t('trendTitle', { name: touchpoint.name });
  const points = kind ? (trend.data?.feedbackTrend ?? []).flatMap((bucket) => {
    const value = valueOf(kind, bucket.summary);
    return value === null ? [] : [{ start: bucket.start, value }];
  }) : [];
  return (
    <Dialog title={title} onClose={onClose}>
      {trend.error ? <ErrorBox error={trend.error} onRetry={trend.reload} /> : !trend.data ? <Loading />
        : !kind || points.length === 0 ? <p class="empty">{t('noTrend')}</p>
          : <TrendChart points={points} scale={scaleOf(kind)} label={`${title} (${kind})`}
            format={(value) => scoreText(kind, value)} />}
      {kind && <p class="muted">{t('trendNote', { kind })}</p>}
      <div class="actions"><button type="button" onClick={onClose}>{t('close')}</button></div>
    </Dialog>
  );
}
