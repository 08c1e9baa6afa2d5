// One question in the editor: its type, answer id, whether it is required, its text in each language, and what its
// type needs (a rating's range, a text's length, a choice's options).
import { label, t } from '../i18n';
import { Field, Select } from '../ui';
import type { DraftOption, DraftQuestion, Locale } from './draft';
import { isChoice, newOption, QUESTION_TYPES, twoOptions } from './draft';

const LANGUAGE: Record<Locale, string> = { en: 'English', fr: 'Français' };

interface Props {
  question: DraftQuestion; index: number; count: number; locales: Locale[];
  onChange: (question: DraftQuestion) => void; onMove: (by: -1 | 1) => void; onRemove: () => void;
}

export function QuestionFields({ question, index, count, locales, onChange, onMove, onRemove }: Props) {
  const set = (change: Partial<DraftQuestion>) => onChange({ ...question, ...change });
  const setOption = (at: number, option: DraftOption | null) => set({
    options: option ? question.options.map((o, i) => (i === at ? option : o)) : question.options.filter((_, i) => i !== at),
  });
  const number = index + 1;
  return (
    <fieldset class="question-editor">
      <legend>{t('questionNumber', { n: number })}</legend>
      <div class="inline-form">
        <Select label={t('questionType')} value={question.type} options={QUESTION_TYPES} labelOf={questionTypeLabel}
          onChange={(type) => set({ type: type as DraftQuestion['type'],
            options: isChoice(type as DraftQuestion['type']) && question.options.length === 0
              ? twoOptions() : question.options })} />
        <Field label={t('answerId')} hint={t('answerIdHint')} value={question.id} onInput={(id) => set({ id })} required />
        <label class="check"><input type="checkbox" checked={question.required}
          onChange={(e) => set({ required: e.currentTarget.checked })} /> {t('required')}</label>
      </div>
      <div class="texts">
        {locales.map((locale) => <Field key={locale} label={`${t('questionText')} (${LANGUAGE[locale]})`}
          value={question.labels[locale] ?? ''} onInput={(text) => set({ labels: { ...question.labels, [locale]: text } })} />)}
      </div>
      {question.type === 'RATING' && <div class="inline-form">
        <Field label={t('ratingMin')} type="number" value={question.min} onInput={(min) => set({ min })} />
        <Field label={t('ratingMax')} type="number" value={question.max} onInput={(max) => set({ max })} />
      </div>}
      {question.type === 'TEXT' && <Field label={t('textMaxLength')} hint={t('textMaxLengthHint')} type="number"
        value={question.maxLength} onInput={(maxLength) => set({ maxLength })} />}
      {isChoice(question.type) && <div class="options-editor">
        <h4>{t('options')}</h4>
        {question.options.map((option, at) => <div class="option-row" key={option.key}
          style={`--languages: ${locales.length}`}>
          {locales.map((locale) => <Field key={locale} label={`${t('optionNumber', { n: at + 1 })} (${LANGUAGE[locale]})`}
            value={option.labels[locale] ?? ''}
            onInput={(text) => setOption(at, { ...option, labels: { ...option.labels, [locale]: text } })} />)}
          <Field label={t('answerId')} value={option.id} onInput={(id) => setOption(at, { ...option, id })} />
          <button type="button" aria-label={t('removeOption', { n: at + 1 })} onClick={() => setOption(at, null)}>
            {t('remove')}</button>
        </div>)}
        <button type="button" onClick={() => set({ options: [...question.options, newOption(question.options)] })}>
          {t('addOption')}</button>
      </div>}
      <p class="question-actions">
        <button type="button" disabled={index === 0} onClick={() => onMove(-1)}
          aria-label={t('moveQuestionUp', { n: number })}>↑</button>
        <button type="button" disabled={index === count - 1} onClick={() => onMove(1)}
          aria-label={t('moveQuestionDown', { n: number })}>↓</button>
        <button type="button" disabled={count === 1} onClick={onRemove}>{t('removeQuestion', { n: number })}</button>
      </p>
    </fieldset>
  );
}

export function questionTypeLabel(type: string): string {
  return label(`QUESTION_${type}`);
}
