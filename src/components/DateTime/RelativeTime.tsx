import {useEffect, useState, type ReactNode} from 'react';
import {useLocale} from '../i18n';
import {formatDateTime} from '.';

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

export function relativeTime(iso: string, now: number, locale: string): string {
  const seconds = (new Date(iso).getTime() - now) / 1000;
  const format = new Intl.RelativeTimeFormat(locale, {numeric: 'auto'});
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'minute');
}

/** "12 minutes ago", kept correct as time passes (re-rendered every 30 s), with the exact time as its title. */
export default function RelativeTime({iso}: {iso: string}): ReactNode {
  const locale = useLocale();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <time dateTime={iso} title={formatDateTime(iso, locale)}>
      {relativeTime(iso, now, locale)}
    </time>
  );
}
