import type {ReactNode} from 'react';
import {useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useText} from '@site/src/components/i18n';
import ConsolePage from '../shell/ConsolePage';
import Workspace from './Workspace';
import {workspaceText} from './text';

/**
 * `/console/tickets/:number`, added as a route by the site config (a page file cannot hold a parameter). The
 * build writes one shell for it (`console/tickets/:number/index.html`), which the server serves for every number.
 */
export default function WorkspaceRoute(): ReactNode {
  const t = useText(workspaceText);
  // The last path segment; at build time it is the literal `:number` of the shell.
  // The shell is hydrated as built (no number), then shows the number: the same markup on both sides of hydration.
  const isBrowser = useIsBrowser();
  const segment = decodeURIComponent(useLocation().pathname.replace(/\/$/, '').split('/').pop() ?? '');
  const valid = isBrowser && /^(HO-)?\d{1,10}$/i.test(segment) ? segment.toUpperCase() : null;
  return <ConsolePage title={valid ? t.title(valid) : t.pageTitle}>{() => (valid ? <Workspace key={valid} number={valid} /> : null)}</ConsolePage>;
}
