// Survey triggers on a survey's page: "when a customer meets this touchpoint, invite them after this delay", what each
// did so far, and (editors) adding, pausing and removing them.
import { useState } from 'preact/hooks';
import { call } from './api';
import type { Session } from './auth';
import type { InvitationChannel } from './gql/graphql';
import { label, t } from './i18n';
import { useLoad } from './load';
import { CreateSurveyTrigger, DeleteSurveyTrigger, SetSurveyTriggerEnabled, SurveyTriggersQuery } from './operations';
import { touchpointNames } from './touchpoint-names';
import { ErrorBox, Field, Loading, Select } from './ui';

const UNITS = { minutes: 60, hours: 3600, days: 86400 } as const;
export const CHANNELS: InvitationChannel[] = ['EMAIL', 'SMS'];
type Unit = keyof typeof UNITS;

/** "2 days", "90 minutes": the largest unit the delay is a whole number of. */
export function delayText(seconds: number): string {
  if (seconds === 0) return t('delayNone');
  const unit = (['days', 'hours', 'minutes'] as Unit[]).find((u) => seconds % UNITS[u] === 0);
  return unit ? t(`delay_${unit}`, { count: seconds / UNITS[unit] }) : t('delay_seconds', { count: seconds });
}

export function Triggers({ session, surveyId, surveyTouchpointId }: { session: Session; surveyId: string;
  surveyTouchpointId: string | null | undefined }) {
  const loaded = useLoad(() => call(SurveyTriggersQuery, { surveyId }), [surveyId]);
  const [touchpoint, setTouchpoint] = useState(surveyTouchpointId ?? '');
  const [amount, setAmount] = useState('1');
  const [unit, setUnit] = useState<Unit>('days');
  const [channel, setChannel] = useState<InvitationChannel>('EMAIL');
  const [failure, setFailure] = useState<unknown>();
  if (loaded.error) return <ErrorBox error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const names = touchpointNames(loaded.data);
  const done = () => { setFailure(undefined); loaded.reload(); };
  const add = (event: Event) => {
    event.preventDefault();
    const delaySeconds = Number(amount) * UNITS[unit];
    call(CreateSurveyTrigger, { input: { surveyId, touchpointId: touchpoint, delaySeconds, channel } }).then(done, setFailure);
  };
  const triggers = loaded.data.surveyTriggers;
  return (
    <section class="panel" aria-labelledby="triggers-title">
      <h2 id="triggers-title">{t('triggersTitle')}</h2>
      <p class="muted">{t('triggersHelp')}</p>
      {triggers.length === 0 ? <p class="empty">{t('noTriggers')}</p> : (
        <table class="list triggers">
          <thead><tr><th>{t('triggerTouchpoint')}</th><th>{t('triggerDelay')}</th><th>{t('channel')}</th><th>{t('triggerStatus')}</th>
            <th>{t('triggerCounts')}</th>{session.canEdit && <th><span class="visually-hidden">{t('triggerActions')}</span></th>}</tr></thead>
          <tbody>{triggers.map((trigger) => <tr key={trigger.id}>
            <td>{names.get(trigger.touchpointId) ?? trigger.touchpointId}</td>
            <td>{delayText(trigger.delaySeconds)}</td>
            <td>{label(trigger.channel)}</td>
            <td>{trigger.enabled ? t('triggerOn') : t('triggerPaused')}</td>
            <td data-counts>{t('triggerNumbers', { interactions: trigger.interactions, invited: trigger.invited,
              withoutContact: trigger.withoutContact })}</td>
            {session.canEdit && <td>
              <button type="button" onClick={() => call(SetSurveyTriggerEnabled, { id: trigger.id, enabled: !trigger.enabled })
                .then(done, setFailure)}>{trigger.enabled ? t('pauseTrigger') : t('resumeTrigger')}</button>{' '}
              <button type="button" onClick={() => call(DeleteSurveyTrigger, { id: trigger.id }).then(done, setFailure)}>
                {t('deleteTrigger')}</button>
            </td>}
          </tr>)}</tbody>
        </table>
      )}
      {session.canEdit && names.size > 0 && <form class="inline-form" onSubmit={add}>
        <Select label={t('triggerTouchpoint')} value={touchpoint} options={[...names.keys()]} onChange={setTouchpoint}
          empty={t('chooseTouchpoint')} labelOf={(id) => names.get(id) ?? id} />
        <Field label={t('triggerDelay')} value={amount} onInput={setAmount} type="number" required name="delay" />
        <Select label={t('triggerUnit')} value={unit} options={Object.keys(UNITS)} onChange={(u) => setUnit(u as Unit)}
          labelOf={(u) => t(`unit_${u as Unit}`)} />
        <Select label={t('channel')} value={channel} options={CHANNELS} onChange={(c) => setChannel(c as InvitationChannel)} />
        <button type="submit" class="primary" disabled={!touchpoint}>{t('addTrigger')}</button>
      </form>}
      {failure !== undefined && <ErrorBox error={failure} />}
      <button type="button" onClick={loaded.reload}>{t('refresh')}</button>
    </section>
  );
}
