import type {ReactNode} from 'react';
import {useText} from '@site/src/components/i18n';
import Certificate from '@site/src/training/certificate/Certificate';
import {trainingText} from '@site/src/training/session/text';
import TrainingPage from '@site/src/training/TrainingPage';

export default function TrainingCertificatePage(): ReactNode {
  const t = useText(trainingText);
  return (
    <TrainingPage title={t.certificateTitle} description={t.certificateDescription}>
      {() => <Certificate />}
    </TrainingPage>
  );
}
