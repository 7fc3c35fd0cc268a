import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useDocsVersion} from '@docusaurus/plugin-content-docs/client';

/**
 * The docs version a page belongs to, as tickets and page answers name it. The unreleased docs ("current") are
 * `next` beside a release; in a build with no release (DOCS_ONLY_CURRENT) they stand for the release in package.json.
 */
export function useDocsVersionLabel(): string | undefined {
  const version = useDocsVersion();
  const {siteConfig} = useDocusaurusContext();
  const release = String(siteConfig.customFields?.release ?? '');
  return (version.version === 'current' && version.isLast ? release : version.label) || undefined;
}
