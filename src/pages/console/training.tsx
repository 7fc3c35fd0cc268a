import type {ReactNode} from 'react';
import {useText} from '@site/src/components/i18n';
import ConsolePage from '@site/src/console/shell/ConsolePage';
import TrainingPage from '@site/src/console/training/TrainingPage';
import {trainingText} from '@site/src/console/training/text';

export default function ConsoleTrainingPage(): ReactNode {
  const text = useText(trainingText);
  return <ConsolePage title={text.title}>{() => <TrainingPage />}</ConsolePage>;
}
