import type {ReactNode} from 'react';
import LocalProgressProvider from '@site/src/training/progress/LocalProgressProvider';

/** The whole site: the training components on any page read the reader's progress from here. */
export default function Root({children}: {children: ReactNode}): ReactNode {
  return <LocalProgressProvider>{children}</LocalProgressProvider>;
}
