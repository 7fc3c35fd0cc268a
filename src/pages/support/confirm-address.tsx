import type {ReactNode} from 'react';
import {useText} from '@site/src/components/i18n';
import ConfirmAddress from '@site/src/support/confirm-address/ConfirmAddress';
import {confirmAddressText} from '@site/src/support/confirm-address/text';
import SupportPage from '@site/src/support/shell/SupportPage';

export default function ConfirmAddressPage(): ReactNode {
  const text = useText(confirmAddressText);
  return (
    <SupportPage privatePage title={text.title} description={text.description} intro={<p>{text.intro}</p>}>
      {() => <ConfirmAddress />}
    </SupportPage>
  );
}
