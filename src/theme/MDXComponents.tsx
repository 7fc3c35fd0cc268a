import MDXComponents from '@theme-original/MDXComponents';
import {Walkthrough, WeekSlides} from '@site/src/components/TrainingMedia';
import Exercise from '@site/src/training/components/Exercise';
import Expected from '@site/src/training/components/Expected';
import Objectives from '@site/src/training/components/Objectives';
import Quiz, {Answer, Question} from '@site/src/training/components/Quiz';
import Reading from '@site/src/training/components/Reading';
import WeekSummary from '@site/src/training/components/WeekSummary';

/** The training curriculum's components and media, usable in any MDX page without an import. */
export default {
  ...MDXComponents,
  Objectives,
  Reading,
  Exercise,
  Expected,
  Quiz,
  Question,
  Answer,
  WeekSummary,
  WeekSlides,
  Walkthrough,
};
