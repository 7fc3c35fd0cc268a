import type {ReactNode} from 'react';
import {useText} from '@site/src/components/i18n';
import FileTicket from '@site/src/support/file/FileTicket';
import {fileText} from '@site/src/support/file/text';
import SupportPage from '@site/src/support/shell/SupportPage';

export default function FileTicketPage(): ReactNode {
  const text = useText(fileText);
  return (
    <SupportPage title={text.title} description={text.description} intro={<p>{text.intro}</p>}>
      {() => <FileTicket />}
    </SupportPage>
  );
}
