import type {ReactNode} from 'react';
import {useVersions} from '@docusaurus/plugin-content-docs/client';
import {useText} from '@site/src/components/i18n';
import {searchText} from './text';
import type {SearchState} from './useSearchParams';
import styles from './styles.module.css';

/**
 * The docs versions the server indexes: the release served at /docs/ and next (`current`). The released one is the
 * default and leaves no `version` in the URL; a site built with one version has nothing to choose.
 */
export function useSearchableVersions(): {name: string; label: string; isLast: boolean}[] {
  return useVersions(undefined).filter((version) => version.isLast || version.name === 'current');
}

export function VersionChoice({state, onChange}: {state: SearchState; onChange: (next: Partial<SearchState>) => void}): ReactNode {
  const text = useText(searchText);
  const versions = useSearchableVersions();
  if (versions.length < 2) return null;
  return (
    <fieldset className={styles.facet}>
      <legend>{text.versionLegend}</legend>
      {versions.map((version) => (
        <label key={version.name} className={styles.option}>
          <input
            type="radio"
            name="site-search-version"
            checked={version.isLast ? !state.version || state.version === version.name : state.version === version.name}
            onChange={() => onChange({version: version.isLast ? null : version.name})}
          />
          <span>{version.isLast ? text.versionReleased(version.label) : text.versionNext(version.label)}</span>
        </label>
      ))}
    </fieldset>
  );
}
