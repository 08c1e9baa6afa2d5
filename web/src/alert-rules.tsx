// The workspace's alert rules, under the inbox: what each watches and where; editors add, switch off and on, and
// delete them. The service checks every rule (a refusal names the field), so the form does not repeat the rules.
import { useState } from 'preact/hooks';
import { call } from './api';
import type { Session } from './auth';
import type { AlertKind, AlertRulesQuery as Rules, ScoreMetric } from './gql/graphql';
import { label, t } from './i18n';
import { useLoad } from './load';
import { AlertRulesQuery, CreateAlertRule, DeleteAlertRule, UpdateAlertRule } from './operations';
import { ErrorBox, Field, Loading, Select } from './ui';

type Rule = Rules['alertRules'][number];
export const KINDS: AlertKind[] = ['DETRACTOR', 'LOW_CSAT', 'HIGH_EFFORT', 'SCORE_DROP'];
const METRICS: ScoreMetric[] = ['NPS', 'CSAT'];

export function AlertRules({ session, journeys, places }: { session: Session;
  journeys: { id: string; name: string }[]; places: Map<string, string> | undefined }) {
  const rules = useLoad(() => call(AlertRulesQuery, {}), []);
  const [failure, setFailure] = useState<unknown>();
  const act = (work: Promise<unknown>) => work.then(() => { setFailure(undefined); rules.reload(); }, setFailure);
  if (rules.error) return <ErrorBox error={rules.error} onRetry={rules.reload} />;
  if (!rules.data) return <Loading />;
  const scope = (rule: Rule) => {
    const id = rule.touchpointId ?? rule.stageId ?? rule.journeyId;
    return id ? places?.get(id) ?? '…' : t('ruleWholeWorkspace');
  };
  const toggle = (rule: Rule) => call(UpdateAlertRule, { id: rule.id, expectedRevision: rule.revision, input: {
    name: rule.name, kind: rule.kind, enabled: !rule.enabled, journeyId: rule.journeyId, stageId: rule.stageId,
    touchpointId: rule.touchpointId, metric: rule.metric, minimumDrop: rule.minimumDrop,
    minimumResponses: rule.minimumResponses, windowDays: rule.windowDays } });
  return (
    <section class="panel" aria-labelledby="rules-title">
      <h2 id="rules-title">{t('alertRules')}</h2>
      {failure !== undefined && <ErrorBox error={failure} />}
      {rules.data.alertRules.length === 0 ? <p class="empty">{t('noAlertRules')}</p> : (
        <table class="list rules">
          <thead><tr><th>{t('ruleName')}</th><th>{t('alertKind')}</th><th>{t('ruleScope')}</th><th>{t('ruleEnabled')}</th>
            {session.canEdit && <th>{t('alertActions')}</th>}</tr></thead>
          <tbody>
            {rules.data.alertRules.map((rule) => <tr key={rule.id} data-rule={rule.name}>
              <td>{rule.name}</td>
              <td>{label(rule.kind)}{rule.kind === 'SCORE_DROP' && <small class="muted"> · {t('ruleDrop', {
                metric: rule.metric ?? '', drop: rule.minimumDrop ?? 0, days: rule.windowDays ?? 0 })}</small>}</td>
              <td>{scope(rule)}</td>
              <td>{rule.enabled ? t('yes') : t('no')}</td>
              {session.canEdit && <td class="follow-up">
                <button type="button" onClick={() => act(toggle(rule))}>
                  {rule.enabled ? t('ruleSwitchOff') : t('ruleSwitchOn')}</button>
                <button type="button" class="danger" onClick={() => act(call(DeleteAlertRule, { id: rule.id }))}
                  aria-label={`${t('delete')}: ${rule.name}`}>{t('delete')}</button>
              </td>}
            </tr>)}
          </tbody>
        </table>
      )}
      {session.canEdit && <NewRule journeys={journeys} onCreated={rules.reload} />}
    </section>
  );
}

function NewRule({ journeys, onCreated }: { journeys: { id: string; name: string }[]; onCreated: () => void }) {
  const [form, setForm] = useState({ name: '', kind: 'DETRACTOR', journeyId: '', metric: 'NPS', minimumDrop: '10',
    windowDays: '7', minimumResponses: '10' });
  const [error, setError] = useState<unknown>();
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });
  const drop = form.kind === 'SCORE_DROP';
  const submit = (event: Event) => {
    event.preventDefault();
    call(CreateAlertRule, { input: { name: form.name, kind: form.kind as AlertKind, journeyId: form.journeyId || null,
      ...(drop ? { metric: form.metric as ScoreMetric, minimumDrop: Number(form.minimumDrop),
        windowDays: Number(form.windowDays), minimumResponses: Number(form.minimumResponses) } : {}) } })
      .then(() => { setError(undefined); setForm({ ...form, name: '' }); onCreated(); }, setError);
  };
  return (
    <form class="inline-form rule-form" onSubmit={submit} aria-label={t('newAlertRule')}>
      <Field label={t('ruleName')} value={form.name} onInput={set('name')} required />
      <Select label={t('alertKind')} value={form.kind} options={KINDS} onChange={set('kind')} />
      <Select label={t('ruleScope')} value={form.journeyId} options={journeys.map((j) => j.id)}
        empty={t('ruleWholeWorkspace')} labelOf={(id) => journeys.find((j) => j.id === id)?.name ?? id}
        onChange={set('journeyId')} />
      {drop && <>
        <Select label={t('ruleMetric')} value={form.metric} options={METRICS} labelOf={(m) => m} onChange={set('metric')} />
        <Field label={t('ruleMinimumDrop')} type="number" value={form.minimumDrop} onInput={set('minimumDrop')} />
        <Field label={t('ruleWindowDays')} type="number" value={form.windowDays} onInput={set('windowDays')} />
        <Field label={t('ruleMinimumResponses')} type="number" value={form.minimumResponses}
          onInput={set('minimumResponses')} />
      </>}
      <button type="submit" class="primary">{t('addAlertRule')}</button>
      {error !== undefined && <ErrorBox error={error} />}
    </form>
  );
}
