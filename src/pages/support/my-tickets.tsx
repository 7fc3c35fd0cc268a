import type {ReactNode} from 'react';
import {useText} from '@site/src/components/i18n';
import MyTickets from '@site/src/support/mine/MyTickets';
import {mineText} from '@site/src/support/mine/text';
import SupportPage from '@site/src/support/shell/SupportPage';

export default function MyTicketsPage(): ReactNode {
  const text = useText(mineText);
  return (
    <SupportPage privatePage title={text.title} description={text.description} intro={<p>{text.intro}</p>}>
      {() => <MyTickets />}
    </SupportPage>
  );
}
