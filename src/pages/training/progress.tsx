import type {ReactNode} from 'react';
import {useText} from '@site/src/components/i18n';
import ProgressOverview from '@site/src/training/me/ProgressOverview';
import {trainingText} from '@site/src/training/session/text';
import TrainingPage from '@site/src/training/TrainingPage';

export default function TrainingProgressPage(): ReactNode {
  const t = useText(trainingText);
  return (
    <TrainingPage title={t.progressTitle} description={t.progressDescription}>
      {() => <ProgressOverview />}
    </TrainingPage>
  );
}
