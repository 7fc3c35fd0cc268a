import type {ReactNode} from 'react';
import {useText} from '@site/src/components/i18n';
import SupportPage from '@site/src/support/shell/SupportPage';
import TrackTicket from '@site/src/support/track/TrackTicket';
import {trackText} from '@site/src/support/track/text';

export default function TrackTicketPage(): ReactNode {
  const text = useText(trackText);
  return (
    <SupportPage privatePage title={text.title} description={text.description}>
      {() => <TrackTicket />}
    </SupportPage>
  );
}
