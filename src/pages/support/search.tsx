import type {ReactNode} from 'react';
import {useText} from '@site/src/components/i18n';
import SiteSearch, {StaticSearchForm} from '@site/src/support/search/SiteSearch';
import {searchText} from '@site/src/support/search/text';
import SupportPage from '@site/src/support/shell/SupportPage';

export default function SearchPage(): ReactNode {
  const text = useText(searchText);
  return (
    <SupportPage title={text.title} description={text.description} intro={<p>{text.intro}</p>} fallback={<StaticSearchForm />}>
      {() => <SiteSearch />}
    </SupportPage>
  );
}
