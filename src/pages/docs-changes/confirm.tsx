import type {ReactNode} from 'react';
import {useText} from '@site/src/components/i18n';
import Confirm, {confirmText} from '@site/src/docs-changes/Confirm';
import SupportPage from '@site/src/support/shell/SupportPage';

/** The confirmation link of a docs subscription; the token in the fragment is the authority. */
export default function ConfirmPage(): ReactNode {
  const text = useText(confirmText);
  return (
    <SupportPage privatePage title={text.title} description={text.description}>
      {() => <Confirm />}
    </SupportPage>
  );
}
