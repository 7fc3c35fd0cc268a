import {createContext, useContext} from 'react';

export type Track = 'developer' | 'operator' | 'business';
export const tracks: readonly Track[] = ['developer', 'operator', 'business'];

export type ItemState = {
  status: 'done' | 'awaiting-sign-off' | 'signed-off';
  /** ISO 8601 */
  completedAt: string;
  /** The item's content changed since it was completed. */
  changed: boolean;
  /** Quizzes: best score 0..1 */
  score?: number;
};

export type Outcome = {ok: true; state: ItemState} | {ok: false; code: string; detail: string; field?: string};

export type TrainingProgress = {
  /** null: reading anonymously, progress kept in this browser */
  trainee: {name: string; track: Track} | null;
  items: Record<string, ItemState>;
  complete(itemId: string, evidence?: {answer?: string; report?: string}): Promise<Outcome>;
  submitQuiz(quizId: string, answers: Record<string, string>): Promise<Outcome>;
};

export const TrainingProgressContext = createContext<TrainingProgress | null>(null);

/** The progress of whoever reads the curriculum: a signed-in trainee, or this browser's anonymous reader. */
export function useTrainingProgress(): TrainingProgress {
  const progress = useContext(TrainingProgressContext);
  if (!progress) throw new Error('useTrainingProgress() needs a training progress provider above it (src/theme/Root.tsx).');
  return progress;
}
