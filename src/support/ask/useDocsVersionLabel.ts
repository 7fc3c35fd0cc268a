import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useDocsVersion} from '@docusaurus/plugin-content-docs/client';

/** The docs version a page belongs to, as tickets and page answers name it; the unreleased "current" docs describe this release. */
export function useDocsVersionLabel(): string | undefined {
  const version = useDocsVersion();
  const {siteConfig} = useDocusaurusContext();
  const release = String(siteConfig.customFields?.release ?? '');
  return (version.version === 'current' ? release : version.label) || undefined;
}
