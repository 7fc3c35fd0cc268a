import {Children, isValidElement, useEffect, useId, useState, type ReactElement, type ReactNode} from 'react';
import clsx from 'clsx';
import {useText} from '@site/src/components/i18n';
import {useTrainingProgress, type Outcome} from '../../progress/context';
import {trainingText} from '../../text';
import {ItemStatus, OutcomeProblem} from '../TrainingItem';
import styles from './styles.module.css';

type AnswerProps = {id: string; correct?: boolean; why: string; children: ReactNode};
type QuestionProps = {id: string; prompt: string; children: ReactNode};
type QuizProps = {id: string; title?: string; minutes?: number; passMark?: number; children: ReactNode};

/** Marks one answer of a `<Question>`; `<Quiz>` renders it. */
export function Answer({children}: AnswerProps): ReactNode {
  return <>{children}</>;
}

/** One question of a `<Quiz>`, with 3 to 5 `<Answer>`s; `<Quiz>` renders it. */
export function Question({children}: QuestionProps): ReactNode {
  return <>{children}</>;
}

type Draft = {answers: Record<string, string>; submitted: boolean};
const draftKey = (quizId: string) => `handover.training.quiz-draft.v1.${quizId}`;

function readDraft(quizId: string): Draft {
  try {
    const parsed = JSON.parse(window.localStorage.getItem(draftKey(quizId)) ?? 'null') as Draft | null;
    return parsed && typeof parsed.answers === 'object' ? parsed : {answers: {}, submitted: false};
  } catch {
    return {answers: {}, submitted: false};
  }
}

function writeDraft(quizId: string, draft: Draft): void {
  try {
    window.localStorage.setItem(draftKey(quizId), JSON.stringify(draft));
  } catch {
    // Storage disabled: the answers last as long as the page.
  }
}

/** The elements among `children` that carry the prop `has`, looking inside the paragraphs MDX wraps inline ones in. */
function elementsOf<P>(children: ReactNode, has: string): ReactElement<P>[] {
  return Children.toArray(children).flatMap((child) => {
    if (!isValidElement<{children?: ReactNode}>(child)) return [];
    if (has in (child.props as object)) return [child as ReactElement<P>];
    return elementsOf<P>(child.props.children, has);
  });
}

/**
 * A short quiz: each question is a fieldset of radio buttons. After submitting, every answer shows why it is right
 * or wrong, with the score against the pass mark. The answers are kept in this browser, so a reload keeps them.
 */
export default function Quiz({id, title, minutes = 15, passMark = 0.8, children}: QuizProps): ReactNode {
  const t = useText(trainingText);
  const progress = useTrainingProgress();
  const baseId = useId();
  const questions = elementsOf<QuestionProps>(children, 'prompt').map((question) => ({
    ...question.props,
    answers: elementsOf<AnswerProps>(question.props.children, 'why').map((answer) => answer.props),
  }));
  const [draft, setDraft] = useState<Draft>({answers: {}, submitted: false});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => setDraft(readDraft(id)), [id]);

  const choose = (questionId: string, answerId: string) => {
    const next = {answers: {...draft.answers, [questionId]: answerId}, submitted: false};
    setDraft(next);
    setOutcome(null);
    writeDraft(id, next);
  };

  const submit = async () => {
    setBusy(true);
    try {
      const result = await progress.submitQuiz(id, draft.answers);
      setOutcome(result);
      if (result.ok === true || result.code === 'quiz_not_passed') {
        const next = {...draft, submitted: true};
        setDraft(next);
        writeDraft(id, next);
      }
    } finally {
      setBusy(false);
    }
  };

  const right = questions.filter((question) => question.answers.some((answer) => answer.correct && draft.answers[question.id] === answer.id)).length;
  const headingId = `${id}-title`;

  return (
    <section className={styles.quiz} id={id} aria-labelledby={headingId}>
      <header>
        <span className={styles.kind}>{t.quiz}</span>
        <h3 id={headingId} className={styles.title}>
          {title ?? t.quiz}
        </h3>
        <p className={styles.meta}>
          {t.minutes(minutes)} · {t.checkQuiz(passMark)}
        </p>
      </header>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}>
        {questions.map((question, index) => {
          const chosen = draft.answers[question.id];
          return (
            <fieldset key={question.id} className={styles.question}>
              <legend className={styles.prompt}>
                {index + 1}. {question.prompt}
              </legend>
              {question.answers.map((answer) => {
                const inputId = `${baseId}-${question.id}-${answer.id}`;
                const isChosen = chosen === answer.id;
                return (
                  <div
                    key={answer.id}
                    className={clsx(styles.answer, draft.submitted && answer.correct && styles.right, draft.submitted && isChosen && !answer.correct && styles.wrong)}>
                    <input
                      type="radio"
                      id={inputId}
                      name={`${id}-${question.id}`}
                      value={answer.id}
                      checked={isChosen}
                      onChange={() => choose(question.id, answer.id)}
                      aria-describedby={draft.submitted ? `${inputId}-why` : undefined}
                    />
                    <label htmlFor={inputId}>{answer.children}</label>
                    {draft.submitted && (
                      <p id={`${inputId}-why`} className={styles.why}>
                        {/* The explanations say right or wrong themselves; the label marks the key and the pick. */}
                        {(answer.correct || isChosen) && (
                          <strong>{[answer.correct && t.rightAnswer, isChosen && t.yourAnswer].filter(Boolean).join(' · ')}: </strong>
                        )}
                        {answer.why}
                      </p>
                    )}
                  </div>
                );
              })}
            </fieldset>
          );
        })}
        <div className={styles.footer}>
          <button type="submit" className="button button--primary" disabled={busy}>
            {t.submitQuiz}
          </button>
          <div aria-live="polite" className={styles.result}>
            {draft.submitted && <p className={styles.score}>{t.score(right, questions.length, passMark)}</p>}
            {!draft.submitted && Object.keys(draft.answers).length > 0 && outcome === null && progress.items[id] && <p>{t.answersChanged}</p>}
            <p>
              <ItemStatus state={progress.items[id]} /> {outcome && outcome.ok === false && outcome.code !== 'quiz_not_passed' && <OutcomeProblem outcome={outcome} />}
            </p>
          </div>
        </div>
      </form>
    </section>
  );
}
