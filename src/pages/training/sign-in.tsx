import type {ReactNode} from 'react';
import {useText} from '@site/src/components/i18n';
import SignIn from '@site/src/training/sign-in/SignIn';
import {trainingText} from '@site/src/training/session/text';
import TrainingPage from '@site/src/training/TrainingPage';

export default function TrainingSignInPage(): ReactNode {
  const t = useText(trainingText);
  return (
    <TrainingPage title={t.signInTitle} description={t.signInDescription} intro={<p>{t.signInIntro}</p>}>
      {() => <SignIn />}
    </TrainingPage>
  );
}
