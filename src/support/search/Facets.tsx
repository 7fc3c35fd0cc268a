import type {ReactNode} from 'react';
import type {SearchResults, SearchSection} from '@site/src/api/types';
import {useText} from '@site/src/components/i18n';
import {searchText} from './text';
import {hitTypes, type HitType, type SearchState} from './useSearchParams';
import {VersionChoice} from './VersionChoice';
import styles from './styles.module.css';

type Props = {facets: SearchResults['facets']; state: SearchState; onChange: (next: Partial<SearchState>) => void};

/** Narrow by kind and by section, each option with how many hits it holds, and choose the docs version. */
export function Facets({facets, state, onChange}: Props): ReactNode {
  const text = useText(searchText);
  const typeName: Record<HitType, string> = {doc: text.typeDoc, faq: text.typeFaq, article: text.typeArticle};
  const sections = Object.entries(facets.section)
    .filter(([section, count]) => count > 0 && section !== 'tickets')
    .sort((a, b) => b[1] - a[1]) as [SearchSection, number][];
  if (state.section && !sections.some(([section]) => section === state.section)) sections.push([state.section, 0]);
  return (
    <div className={styles.facets}>
      <VersionChoice state={state} onChange={onChange} />
      <fieldset className={styles.facet}>
        <legend>{text.typeLegend}</legend>
        <FacetOption name="type" label={text.typeAll} checked={!state.type} onSelect={() => onChange({type: null})} />
        {hitTypes.map((type) => (
          <FacetOption key={type} name="type" label={typeName[type]} count={facets.type[type] ?? 0} checked={state.type === type} onSelect={() => onChange({type})} />
        ))}
      </fieldset>
      <fieldset className={styles.facet}>
        <legend>{text.sectionLegend}</legend>
        <FacetOption name="section" label={text.sectionAll} checked={!state.section} onSelect={() => onChange({section: null})} />
        {sections.map(([section, count]) => (
          <FacetOption key={section} name="section" label={text[`section_${section}`]} count={count} checked={state.section === section} onSelect={() => onChange({section})} />
        ))}
      </fieldset>
    </div>
  );
}

function FacetOption({name, label, count, checked, onSelect}: {name: string; label: string; count?: number; checked: boolean; onSelect: () => void}): ReactNode {
  return (
    <label className={styles.option}>
      <input type="radio" name={`site-search-${name}`} checked={checked} onChange={onSelect} />
      <span>{label}</span>
      {count !== undefined && <span className={styles.optionCount}>{count}</span>}
    </label>
  );
}
