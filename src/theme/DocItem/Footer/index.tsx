import type {ReactNode} from 'react';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type {WrapperProps} from '@docusaurus/types';
import AskAboutThisPage from '@site/src/support/ask/AskAboutThisPage';

type Props = WrapperProps<typeof FooterType>;

/** Every docs page ends with a way to ask support about it, the page named in the ticket. */
export default function FooterWrapper(props: Props): ReactNode {
  return (
    <>
      <AskAboutThisPage />
      <Footer {...props} />
    </>
  );
}
