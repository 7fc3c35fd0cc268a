import type {ReactNode} from 'react';
import {useText} from '@site/src/components/i18n';
import SupportPage from '@site/src/support/shell/SupportPage';
import {SelfHelp, SupportActions, SupportChannels} from '@site/src/support/home/SupportHome';
import {homeText} from '@site/src/support/home/text';

export default function SupportHomePage(): ReactNode {
  const text = useText(homeText);
  return (
    <SupportPage
      title={text.title}
      description={text.description}
      intro={
        <>
          <p>{text.intro}</p>
          <SupportActions />
        </>
      }>
      {() => (
        <>
          <SupportChannels />
          <SelfHelp />
        </>
      )}
    </SupportPage>
  );
}
