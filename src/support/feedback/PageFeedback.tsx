import {useEffect, useId, useState, type ReactNode} from 'react';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {api, call} from '@site/src/api/client';
import {useLocale, useText} from '@site/src/components/i18n';
import {useProblemMessage} from '@site/src/support/shell/ProblemNotice';
import {useDocsVersionLabel} from '../ask/useDocsVersionLabel';
import {feedbackText} from './text';
import {storeAnswer, storedAnswer, voterKey, type StoredAnswer} from './voter';
import styles from './styles.module.css';

/** As the server counts, in characters; the box stops at it. */
const maxComment = 1000;

/**
 * "Was this page helpful?" at the end of a docs page: yes or no, then an optional comment. Anonymous (the request
 * carries no cookie, so a signed-in agent reading the docs answers as any reader), one answer per page and browser,
 * which can be changed for a while from the same browser.
 */
export default function PageFeedback(): ReactNode {
  const t = useText(feedbackText);
  const locale = useLocale();
  const problemMessage = useProblemMessage();
  const {metadata} = useDoc();
  const version = useDocsVersionLabel();
  const page = metadata.permalink;
  const ids = useId();
  const [answer, setAnswer] = useState<StoredAnswer | null>(null);
  const [draft, setDraft] = useState('');
  const [editing, setEditing] = useState(false);
  const [sending, setSending] = useState(false);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<string | null>(null);

  // localStorage exists only in the browser: the static page asks, the browser recalls an earlier answer.
  useEffect(() => {
    const kept = storedAnswer(page);
    setAnswer(kept);
    setDraft(kept?.comment ?? '');
    setEditing(false);
    setStatus('');
    setFailure(null);
  }, [page]);

  const send = async (helpful: boolean, comment?: string) => {
    setSending(true);
    setFailure(null);
    try {
      const body = {page, title: metadata.title, docId: metadata.id, locale, helpful, voterKey: voterKey(), ...(version ? {version} : {}), ...(comment !== undefined ? {comment} : {})};
      const stored = await call(api.POST('/page-feedback', {body, credentials: 'omit'}));
      const next = {helpful: stored.helpful, comment: stored.comment, at: new Date().toISOString()};
      storeAnswer(page, next);
      setAnswer(next);
      return true;
    } catch (error) {
      setFailure(problemMessage(error));
      return false;
    } finally {
      setSending(false);
    }
  };

  const choose = async (helpful: boolean) => {
    if (await send(helpful)) {
      setStatus(helpful ? t.thanksYes : t.thanksNo);
      if (!answer?.comment) setEditing(true);
    }
  };

  const remaining = maxComment - draft.length;
  const questionId = `${ids}-question`;
  const commentId = `${ids}-comment`;
  return (
    // `page-feedback`: search skips it (server/src/search/site-source.ts), so this question is not a heading of every page.
    <section className={`${styles.feedback} page-feedback`} aria-label={t.region}>
      <div className={styles.row}>
        <h2 id={questionId} className={styles.question}>
          {t.question}
        </h2>
        <div role="group" aria-labelledby={questionId} className={styles.choices}>
          {[true, false].map((helpful) => (
            <button
              key={String(helpful)}
              type="button"
              className={`button button--sm ${answer?.helpful === helpful ? 'button--primary' : 'button--secondary'}`}
              aria-pressed={answer?.helpful === helpful}
              disabled={sending}
              onClick={() => void choose(helpful)}>
              {helpful ? t.yes : t.no}
            </button>
          ))}
        </div>
      </div>
      <div role="status" className={styles.status}>
        {sending ? t.sending : status}
      </div>
      {failure && (
        <p className="alert alert--danger margin-bottom--sm" role="alert">
          {failure}
        </p>
      )}
      {answer && <p className={styles.hint}>{t.changeHint}</p>}
      {answer && editing && (
        <form
          className={styles.comment}
          onSubmit={async (event) => {
            event.preventDefault();
            if (await send(answer.helpful, draft.trim())) {
              setEditing(false);
              setStatus(t.commentSent);
            }
          }}>
          <label htmlFor={commentId} className={styles.label}>
            {answer.helpful ? t.commentLabelYes : t.commentLabelNo}
          </label>
          <textarea
            id={commentId}
            className="app-control"
            rows={3}
            maxLength={maxComment}
            value={draft}
            aria-describedby={`${commentId}-hint ${commentId}-count`}
            onChange={(event) => setDraft(event.target.value)}
          />
          <div className={styles.below}>
            <span id={`${commentId}-hint`} className={styles.hint}>
              {t.commentHint}
            </span>
            <span id={`${commentId}-count`} className={styles.count}>
              {t.remaining(remaining)}
            </span>
          </div>
          <button type="submit" className="button button--sm button--primary" disabled={sending || draft.trim() === (answer.comment ?? '')}>
            {t.sendComment}
          </button>
        </form>
      )}
      {answer && !editing && (
        <button type="button" className={`button button--sm button--link ${styles.edit}`} onClick={() => setEditing(true)}>
          {answer.comment ? t.editComment : t.addComment}
        </button>
      )}
    </section>
  );
}
