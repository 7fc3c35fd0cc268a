import type { FieldError } from '../http/errors.js';
import type { Locale } from '../http/locale.js';
import { myTicketsPageUrl } from '../tickets/links.js';
import { formatTicketNumber } from '../tickets/number.js';

/**
 * What a saved reply may say `{{…}}` for. The tracking link cannot be among the ticket's own values: only hashes
 * of tracking tokens are kept, so no link can be shown again. `tracking.link` is therefore the "my tickets" page,
 * where the requester asks for an e-mail with a link to each of their tickets; the e-mail that carries a staff
 * reply brings a fresh tracking link of its own anyway.
 */
export const placeholderNames = ['requester.name', 'ticket.number', 'ticket.subject', 'tracking.link', 'agent.name'] as const;
export type PlaceholderName = (typeof placeholderNames)[number];
export type PlaceholderValues = Record<PlaceholderName, string>;

// `{{ name }}`, spaces inside the braces allowed (trimmed where matched); anything between them counts, so a typo is
// caught. One greedy class and no nested quantifiers: linear on any body.
const placeholder = /\{\{([^{}]*)\}\}/g;

const isKnown = (name: string): name is PlaceholderName => (placeholderNames as readonly string[]).includes(name);

/** One field error per body that names a placeholder we cannot fill, listing each unknown one once. */
export function unknownPlaceholderErrors(bodies: Record<string, string | undefined>): FieldError[] {
  const errors: FieldError[] = [];
  for (const [field, body] of Object.entries(bodies)) {
    if (body === undefined) continue;
    const unknown = [...new Set([...body.matchAll(placeholder)].map((match) => match[1]!.trim()).filter((name) => !isKnown(name)))];
    if (unknown.length === 0) continue;
    const known = placeholderNames.map((name) => `{{${name}}}`).join(', ');
    errors.push({ field, code: 'unknown_placeholder', message: `unknown placeholder ${unknown.map((name) => `{{${name}}}`).join(', ')}; use ${known}` });
  }
  return errors;
}

/** What the placeholders stand for on one ticket, as Markdown: the text people chose is escaped. */
export function placeholderValues(
  ticket: { number: number; subject: string; requesterName: string },
  agent: { name: string },
  site: { publicUrl: string; locale: Locale },
): PlaceholderValues {
  return {
    'requester.name': markdownText(ticket.requesterName),
    'ticket.number': formatTicketNumber(ticket.number),
    'ticket.subject': markdownText(ticket.subject),
    'tracking.link': myTicketsPageUrl(site.publicUrl, site.locale),
    'agent.name': markdownText(agent.name),
  };
}

/** The body with each placeholder replaced, in one pass: a value that itself reads `{{agent.name}}` stays as written. */
export function fillPlaceholders(body: string, values: PlaceholderValues): string {
  return body.replace(placeholder, (match, inner: string) => {
    const name = inner.trim();
    return isKnown(name) ? values[name] : match;
  });
}

/**
 * Plain text that Markdown shows as written. A customer chooses their name and their ticket's subject, and the
 * reply goes out under a staff member's name: a subject such as `[Reset your password](https://evil.example)`
 * must reach the customer as those characters, not as a link. Backslash escapes work for any ASCII punctuation;
 * only the characters that start formatting, links, images, HTML or tables are escaped, so "O'Brien" or "v2.3"
 * stay as they are in the editor.
 */
export function markdownText(value: string): string {
  return value.replace(/[\\`*_~[\]<>#|!]/g, '\\$&');
}
