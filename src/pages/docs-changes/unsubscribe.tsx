import type {ReactNode} from 'react';
import {useText} from '@site/src/components/i18n';
import Unsubscribe, {unsubscribeDocsText} from '@site/src/docs-changes/Unsubscribe';
import SupportPage from '@site/src/support/shell/SupportPage';

/** The unsubscribe link at the foot of a docs digest; works without signing in. */
export default function UnsubscribePage(): ReactNode {
  const text = useText(unsubscribeDocsText);
  return (
    <SupportPage privatePage title={text.title} description={text.description}>
      {() => <Unsubscribe />}
    </SupportPage>
  );
}
