import {api} from '@site/src/api/client';
import type {Locale} from '@site/src/components/i18n';

type SearchEvent = {kind: 'click' | 'deflection'; source: 'site' | 'console' | 'portal'; query: string; locale: Locale; url: string};

/**
 * Tells the search report a result was opened or solved the problem. `keepalive` lets the request outlive the
 * page the click leaves; a failure is not the reader's concern, so it is dropped.
 */
export function recordSearchEvent(event: SearchEvent): void {
  const query = event.query.trim().slice(0, 2000);
  if (!query || !event.url.startsWith('/')) return;
  api.POST('/search/events', {body: {...event, query}, keepalive: true}).catch(() => undefined);
}
