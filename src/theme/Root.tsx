import type {ReactNode} from 'react';
import TrainingProgressProvider from '@site/src/training/session/TrainingProgressProvider';

/** The whole site: the training components on any page read the reader's progress from here. */
export default function Root({children}: {children: ReactNode}): ReactNode {
  return <TrainingProgressProvider>{children}</TrainingProgressProvider>;
}
