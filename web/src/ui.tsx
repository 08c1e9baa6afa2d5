// Small building blocks shared by every screen: loading and error states, labelled fields, dialogs, channel icons.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Bot, CalendarDays, Globe, Handshake, Mail, Megaphone, MessageSquare, MessagesSquare, Phone, Search, Shapes,
  Smartphone, Star, Store, ThumbsUp, type LucideIcon } from 'lucide-preact';
import { ApiError } from './api';
import { label, t } from './i18n';

export function Loading() {
  return <p class="muted" role="status">{t('loading')}</p>;
}

export function ErrorBox({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const message = error instanceof ApiError || error instanceof Error ? error.message : String(error);
  return (
    <div class="error" role="alert">
      <p>{message}</p>
      {onRetry && <button type="button" onClick={onRetry}>{t('retry')}</button>}
    </div>
  );
}

let nextId = 0;
/** A unique id per mounted field, so every label points at its control. */
function useFieldId() {
  const id = useRef('');
  if (!id.current) id.current = `field-${++nextId}`;
  return id.current;
}

interface FieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: string;
  required?: boolean;
  hint?: string;
  multiline?: boolean;
  name?: string;
}

export function Field({ label: text, value, onInput, type = 'text', required, hint, multiline, name }: FieldProps) {
  const id = useFieldId();
  const input = (event: Event) => onInput((event.currentTarget as HTMLInputElement).value);
  return (
    <div class="field">
      <label for={id}>{text}{hint && <span class="muted"> ({hint})</span>}</label>
      {multiline
        ? <textarea id={id} name={name} value={value} onInput={input} rows={3} required={required} />
        : <input id={id} name={name} type={type} value={value} onInput={input} required={required} />}
    </div>
  );
}

interface SelectProps {
  label: string;
  value: string;
  options: readonly string[];
  onChange: (value: string) => void;
  /** The label of an empty choice ('' = any), when there is one. */
  empty?: string;
  labelOf?: (value: string) => string;
}

export function Select({ label: text, value, options, onChange, empty, labelOf = label }: SelectProps) {
  const id = useFieldId();
  return (
    <div class="field">
      <label for={id}>{text}</label>
      <select id={id} value={value} onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value)}>
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((option) => <option key={option} value={option}>{labelOf(option)}</option>)}
      </select>
    </div>
  );
}

/** A modal dialog (the browser's own: focus kept inside, Escape closes). */
export function Dialog({ title, onClose, children }: { title: string; onClose: () => void;
  children: ComponentChildren }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  return (
    <dialog ref={ref} aria-label={title} onClose={onClose} class="dialog">
      <h2>{title}</h2>
      {children}
    </dialog>
  );
}

/** Each channel's icon, from Lucide (ISC licence; only these icons are bundled). */
const CHANNEL_ICONS: Record<string, LucideIcon> = {
  WEBSITE: Globe, MOBILE_APP: Smartphone, EMAIL: Mail, PHONE: Phone, STORE: Store, SOCIAL_MEDIA: ThumbsUp,
  CHATBOT: Bot, SMS: MessageSquare, ADVERTISING: Megaphone, SEARCH: Search, EVENT: CalendarDays, PARTNER: Handshake,
  REVIEW_SITE: Star, WORD_OF_MOUTH: MessagesSquare, OTHER: Shapes,
};

/** The channel's icon, named for assistive technology and on hover. */
export function ChannelIcon({ channel }: { channel: string }) {
  const Icon = CHANNEL_ICONS[channel] ?? Shapes;
  return <span class="channel" title={label(channel)} aria-label={label(channel)} role="img">
    <Icon size={14} strokeWidth={2.25} aria-hidden="true" /></span>;
}

/** Lines of a textarea as a list: empty lines dropped, each line kept as typed. */
export function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}
