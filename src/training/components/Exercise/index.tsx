import type {ReactNode} from 'react';
import TrainingItem, {parseTracks, type ItemCheck} from '../TrainingItem';

type Props = {
  id: string;
  title: string;
  tracks?: string;
  minutes: number;
  optional?: boolean;
  check: 'manual' | 'ticket' | 'saved-reply-pending' | 'metrics-answer' | 'drill-report';
  signOff?: boolean;
  priority?: string;
  attachment?: boolean;
  metric?: string;
  children: ReactNode;
};

/** An exercise with its instructions and `<Expected>` result; `check` says how its completion is verified. */
export default function Exercise({id, title, tracks, minutes, optional = false, check, signOff = false, priority, attachment = false, children}: Props): ReactNode {
  const itemCheck: ItemCheck =
    check === 'manual' ? {type: 'manual', signOff} : check === 'ticket' ? {type: 'ticket', priority, attachment} : {type: check};
  return (
    <TrainingItem id={id} kind="exercise" title={title} minutes={minutes} tracks={parseTracks(tracks)} optional={optional} check={itemCheck}>
      {children}
    </TrainingItem>
  );
}
