import type {ReactNode} from 'react';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type {WrapperProps} from '@docusaurus/types';
import AskAboutThisPage from '@site/src/support/ask/AskAboutThisPage';
import PageFeedback from '@site/src/support/feedback/PageFeedback';

type Props = WrapperProps<typeof FooterType>;

/** Every docs page ends with "Was this page helpful?" and a way to ask support about it, the page named in the ticket. */
export default function FooterWrapper(props: Props): ReactNode {
  return (
    <>
      <PageFeedback />
      <AskAboutThisPage />
      <Footer {...props} />
    </>
  );
}
