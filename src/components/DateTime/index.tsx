import type {ReactNode} from 'react';
import {useLocale} from '../i18n';

/** A moment shown in the reader's own time zone and language, with the zone named so nobody has to guess. */
export function formatDateTime(iso: string, locale: string, options: Intl.DateTimeFormatOptions = {}): string {
  return new Intl.DateTimeFormat(locale, {dateStyle: 'medium', timeStyle: 'short', timeZoneName: 'short', ...options}).format(new Date(iso));
}

export default function DateTime({iso}: {iso: string}): ReactNode {
  const locale = useLocale();
  return <time dateTime={iso}>{formatDateTime(iso, locale)}</time>;
}
