const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['week', 7 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

const formatters = new Map<string, Intl.RelativeTimeFormat>();
function formatter(language: string): Intl.RelativeTimeFormat {
  let f = formatters.get(language);
  if (!f) formatters.set(language, (f = new Intl.RelativeTimeFormat(language, { numeric: 'auto' })));
  return f;
}

/** `3 giờ trước`, `hôm qua`, `in 2 days`: the largest unit that fits, in the UI language. */
export function formatRelative(date: Date | string | number, language: string, now: number = Date.now()): string {
  const seconds = (new Date(date).getTime() - now) / 1000;
  const abs = Math.abs(seconds);
  for (const [unit, size] of UNITS) {
    if (abs >= size) return formatter(language).format(Math.trunc(seconds / size), unit);
  }
  return formatter(language).format(0, 'second');
}

/** `2 giờ 15 phút` style durations are overkill for waiting times: one unit, rounded down. */
export function formatDuration(ms: number, language: string): string {
  const seconds = Math.max(0, ms / 1000);
  for (const [unit, size] of UNITS) {
    if (seconds >= size) {
      return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(Math.floor(seconds / size));
    }
  }
  return new Intl.NumberFormat(language, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(0);
}
