import type {ReactNode} from 'react';
import {useText} from '@site/src/components/i18n';
import PageFeedbackReport from '@site/src/console/feedback/PageFeedbackReport';
import {pageFeedbackText} from '@site/src/console/feedback/text';
import ConsolePage from '@site/src/console/shell/ConsolePage';

export default function ConsolePageFeedbackPage(): ReactNode {
  const text = useText(pageFeedbackText);
  return <ConsolePage title={text.title}>{() => <PageFeedbackReport />}</ConsolePage>;
}
