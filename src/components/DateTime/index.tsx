import type {ReactNode} from 'react';
import {useLocale} from '../i18n';

/** A moment shown in the reader's own time zone and language, with the zone named so nobody has to guess. */
export function formatDateTime(iso: string, locale: string, options: Intl.DateTimeFormatOptions = {}): string {
  // dateStyle/timeStyle cannot be combined with timeZoneName, so the parts are named one by one.
  const parts: Intl.DateTimeFormatOptions = {year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short'};
  return new Intl.DateTimeFormat(locale, {...parts, ...options}).format(new Date(iso));
}

export default function DateTime({iso}: {iso: string}): ReactNode {
  const locale = useLocale();
  return <time dateTime={iso}>{formatDateTime(iso, locale)}</time>;
}
