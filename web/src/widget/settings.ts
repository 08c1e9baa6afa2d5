// What the brand's site chose in the script tag, and what this browser remembers about the survey (localStorage of
// the site's own origin: no cookie, nothing third-party).

export interface WidgetSettings {
  token: string;
  /** Where the survey may show: path patterns with * (e.g. /checkout/*), any page when none. */
  pages: string[];
  /** A custom event that shows it: parcours.track('checkout'). */
  event: string | null;
  /** Seconds on a matching page before it shows. */
  seconds: number;
  /** The share of visitors (percent) it ever shows to. */
  sample: number;
  /** Days before a browser that saw it sees it again. */
  againDays: number;
  visitor: string | null;
  lang: string | null;
}

/** Reads the script tag's data-* attributes; a value out of its range is refused with a console warning. */
export function readSettings(data: DOMStringMap): WidgetSettings | string {
  if (!data.survey) return 'data-survey (the survey\'s public link, or its last part) is required';
  const number = (name: string, fallback: number, min: number, max: number) => {
    const raw = data[name];
    if (raw === undefined) return fallback;
    const value = Number(raw);
    return raw.trim() !== '' && value >= min && value <= max ? value : NaN;
  };
  const seconds = number('seconds', 0, 0, 3600);
  const sample = number('sample', 100, 0, 100);
  const againDays = number('againDays', 30, 0, 3650);
  for (const [name, value, range] of [['data-seconds', seconds, '0–3600'], ['data-sample', sample, '0–100'],
    ['data-again-days', againDays, '0–3650']] as const) {
    if (Number.isNaN(value)) return `${name} must be a number from ${range}`;
  }
  return {
    token: data.survey.slice(data.survey.lastIndexOf('/') + 1),
    pages: (data.pages ?? '').split(',').map((p) => p.trim()).filter(Boolean),
    event: data.event?.trim() || null, seconds, sample, againDays,
    visitor: data.visitor?.trim() || null, lang: data.lang?.trim() || null,
  };
}

/** Whether a path matches one of the patterns: * stands for any characters, everything else for itself. */
export function onPage(pages: string[], path: string): boolean {
  return pages.length === 0 || pages.some((pattern) => new RegExp(
    `^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(path));
}

interface Remembered { sampled?: boolean; until?: number }

/** This browser's memory of one survey: whether it is in the sample, and until when it stays quiet. */
export class Memory {
  private readonly key: string;

  constructor(token: string) {
    this.key = `parcours.widget.${token.slice(-16)}`;
  }

  private read(): Remembered {
    try {
      return JSON.parse(localStorage.getItem(this.key) ?? '{}') as Remembered;
    } catch {
      return {};
    }
  }

  private write(change: Remembered) {
    try {
      localStorage.setItem(this.key, JSON.stringify({ ...this.read(), ...change }));
    } catch {
      // storage refused (private mode): the survey may show again, never more often than once per page
    }
  }

  /** Drawn once per browser, so that the share is of visitors, not of page views. */
  inSample(percent: number): boolean {
    const remembered = this.read().sampled;
    if (remembered !== undefined) return remembered;
    const sampled = Math.random() * 100 < percent;
    this.write({ sampled });
    return sampled;
  }

  quiet(now: number): boolean {
    return (this.read().until ?? 0) > now;
  }

  /** Shown (answered, dismissed or left): not again for these days. */
  shown(now: number, againDays: number) {
    this.write({ until: now + againDays * 86_400_000 });
  }
}
