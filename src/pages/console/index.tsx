import type {ReactNode} from 'react';
import {useText} from '@site/src/components/i18n';
import QueuePage from '@site/src/console/queue/QueuePage';
import ConsolePage from '@site/src/console/shell/ConsolePage';
import {consoleText} from '@site/src/console/text';

export default function ConsoleQueuePage(): ReactNode {
  const text = useText(consoleText);
  return <ConsolePage title={text.queueTitle}>{() => <QueuePage />}</ConsolePage>;
}
