import type {ReactNode} from 'react';
import CohortList from './CohortList';
import CohortView from './CohortView';
import TraineeView from './TraineeView';
import {useTrainingUrl} from './url';

/** The lead's side of training: the cohorts, one cohort's progress and trainees, one trainee's items. */
export default function TrainingPage(): ReactNode {
  const {cohort, trainee} = useTrainingUrl();
  if (cohort && trainee) return <TraineeView key={trainee} cohortId={cohort} traineeId={trainee} />;
  if (cohort) return <CohortView key={cohort} cohortId={cohort} />;
  return <CohortList />;
}
