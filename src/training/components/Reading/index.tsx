import {Children, isValidElement, type ReactNode} from 'react';
import TrainingItem, {parseTracks} from '../TrainingItem';

type Props = {id: string; minutes: number; title?: string; tracks?: string; optional?: boolean; children: ReactNode};

/** What to read in the manuals; the trainee marks it read. Without a title, the first line of text is the title. */
export default function Reading({id, minutes, title, tracks, optional = false, children}: Props): ReactNode {
  const parts = Children.toArray(children);
  const [first, ...rest] = parts;
  // MDX wraps the first line in a paragraph; its content becomes the heading, as the catalogue takes it.
  const heading = title ?? (isValidElement<{children?: ReactNode}>(first) ? first.props.children : first);
  return (
    <TrainingItem id={id} kind="reading" title={heading} minutes={minutes} tracks={parseTracks(tracks)} optional={optional} check={{type: 'reading'}}>
      {title ? parts : rest}
    </TrainingItem>
  );
}
