import type { Answer, Question } from './survey';
import { labelIn, range } from './survey';
import type { Texts } from './texts';

interface Props {
  question: Question; answer: Answer | undefined; locale: string; fallback: string; t: Texts;
  onAnswer: (answer: Answer | undefined) => void;
}

/** One question as its type asks: a row of score buttons, choices, a number or a text with its counter. */
export function QuestionField({ question, answer, locale, fallback, t, onAnswer }: Props) {
  const label = labelIn(question.labels, locale, fallback);
  const [min, max] = range(question);
  const id = `q-${question.id}`;
  const legend = (
    <legend id={`${id}-label`}>
      <span class="question-text">{label}</span>
      <span class="requirement">{question.required ? t.required : t.optional}</span>
    </legend>
  );
  if (question.type === 'TEXT') {
    const limit = question.maxLength ?? 2000;
    const text = answer?.text ?? '';
    return (
      <fieldset class="question">
        {legend}
        <textarea id={id} aria-labelledby={`${id}-label`} aria-describedby={`${id}-count`} rows={5} maxLength={limit}
          required={question.required} value={text}
          onInput={(e) => {
            const value = (e.target as HTMLTextAreaElement).value;
            onAnswer(value ? { questionId: question.id, text: value } : undefined);
          }} />
        <p id={`${id}-count`} class="counter">{t.chars(text.length, limit)}</p>
      </fieldset>
    );
  }
  if (question.type === 'SINGLE_CHOICE' || question.type === 'MULTIPLE_CHOICE') {
    const multiple = question.type === 'MULTIPLE_CHOICE';
    const chosen = answer?.optionIds ?? [];
    return (
      <fieldset class="question">
        {legend}
        <div class="choices">
          {(question.options ?? []).map((option) => (
            <label class="choice" key={option.id}>
              <input type={multiple ? 'checkbox' : 'radio'} name={id} value={option.id}
                checked={chosen.includes(option.id)}
                onChange={(e) => {
                  const on = (e.target as HTMLInputElement).checked;
                  const next = multiple ? (on ? [...chosen, option.id] : chosen.filter((c) => c !== option.id)) : [option.id];
                  onAnswer(next.length ? { questionId: question.id, optionIds: next } : undefined);
                }} />
              <span>{labelIn(option.labels, locale, fallback)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    );
  }
  if (max - min > 10) {
    return (
      <fieldset class="question">
        {legend}
        <input id={id} type="number" inputMode="numeric" min={min} max={max} step={1} aria-labelledby={`${id}-label`}
          aria-describedby={`${id}-hint`} value={answer?.score ?? ''}
          onInput={(e) => {
            const value = (e.target as HTMLInputElement).value;
            const score = Number(value);
            onAnswer(value !== '' && Number.isInteger(score) ? { questionId: question.id, score } : undefined);
          }} />
        <p id={`${id}-hint`} class="counter">{t.number(min, max)}</p>
      </fieldset>
    );
  }
  const scores = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const [low, high] = ends(question, t);
  return (
    <fieldset class="question">
      {legend}
      <div class={`scale scale-${scores.length}`}>
        {scores.map((score) => (
          <label class="score" key={score}>
            <input type="radio" name={id} value={score} checked={answer?.score === score}
              onChange={() => onAnswer({ questionId: question.id, score })} />
            <span>{score}</span>
          </label>
        ))}
      </div>
      {low && <p class="ends" aria-hidden="true"><span>{min} = {low}</span><span>{max} = {high}</span></p>}
    </fieldset>
  );
}

/** What the lowest and highest scores mean, for the scores everybody reads the same way. */
function ends(question: Question, t: Texts): [string, string] | [] {
  switch (question.type) {
    case 'NPS': return [t.notLikely, t.veryLikely];
    case 'CSAT': return [t.veryDissatisfied, t.verySatisfied];
    case 'CES': return [t.veryDifficult, t.veryEasy];
    default: return [];
  }
}
