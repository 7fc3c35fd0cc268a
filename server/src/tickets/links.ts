import { defaultLocale, type Locale } from '../http/locale.js';

/**
 * The links that carry a ticket's tokens. Each token travels in the fragment (`#token=`), so browsers send it
 * neither to the server's logs nor in a Referer. The tickets feature owns these tokens and their links.
 */
/** The site's address in the reader's language: English pages live under /en, Chinese ones at the root. */
export function siteBase(publicUrl: string, locale: string | null | undefined): string {
  return locale === 'en' ? `${publicUrl}/en` : publicUrl;
}

export function trackingUrl(publicUrl: string, token: string, action?: 'confirm' | 'reopen'): string {
  return `${publicUrl}/support/track${action ? `?action=${action}` : ''}#token=${token}`;
}

/** Proves a P1's requester owns the address; the portal asks for a click before confirming (scanners open links). */
export function confirmAddressUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/support/confirm-address#token=${token}`;
}

/** "E-mail me links to my tickets": every ticket of one address. */
export function myTicketsUrl(publicUrl: string, token: string): string {
  return `${myTicketsPageUrl(publicUrl)}#token=${token}`;
}

/**
 * The same page without a token, in the reader's language: it asks for the address and e-mails a link to every
 * ticket filed from it. What a reply can point to when it cannot repeat a tracking link (only hashes are kept).
 */
export function myTicketsPageUrl(publicUrl: string, locale: Locale = defaultLocale): string {
  return `${publicUrl}${locale === defaultLocale ? '' : `/${locale}`}/support/my-tickets`;
}
