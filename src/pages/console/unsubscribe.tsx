import type {ReactNode} from 'react';
import {useText} from '@site/src/components/i18n';
import Unsubscribe, {unsubscribeText} from '@site/src/console/unsubscribe/Unsubscribe';
import SupportPage from '@site/src/support/shell/SupportPage';

/** Works without signing in: the link's token is the authority, as for the one-click header. */
export default function UnsubscribePage(): ReactNode {
  const text = useText(unsubscribeText);
  return (
    <SupportPage privatePage title={text.title} description={text.description}>
      {() => <Unsubscribe />}
    </SupportPage>
  );
}
