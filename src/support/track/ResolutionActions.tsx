import {useEffect, useRef, useState, type ReactNode} from 'react';
import {api, bearer, call} from '@site/src/api/client';
import type {CustomerTicket} from '@site/src/api/types';
import {useText} from '@site/src/components/i18n';
import {useProblemMessage} from '../shell/ProblemNotice';
import {trackText} from './text';
import styles from './styles.module.css';

type Props = {
  ticket: CustomerTicket;
  token: string;
  /** From an e-mail's `?action=`: only highlights and focuses the button; the click is the customer's. */
  suggested: 'confirm' | 'reopen' | null;
  statusLabel: string;
  onChanged: () => void;
};

/** "Problem solved" and "reopen", where the workflow allows them; the e-mail links only pre-select one. */
export default function ResolutionActions({ticket, token, suggested, statusLabel, onChanged}: Props): ReactNode {
  const t = useText(trackText);
  const problemMessage = useProblemMessage();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<'confirm' | 'reopen' | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const suggestedButton = useRef<HTMLButtonElement>(null);
  const canConfirm = ticket.status === 'resolved';
  const canReopen = ticket.status === 'resolved' || ticket.status === 'closed';

  // An e-mail's action that the ticket no longer allows (confirming a ticket already closed) is not offered.
  const offered = suggested === 'confirm' ? (canConfirm ? 'confirm' : null) : suggested === 'reopen' ? (canReopen ? 'reopen' : null) : null;
  useEffect(() => {
    if (offered && !done) suggestedButton.current?.focus();
  }, [offered, done]);

  const act = async (action: 'confirm' | 'reopen') => {
    setBusy(true);
    setFailure(null);
    try {
      const params = {params: {path: {number: ticket.number}}, ...bearer(token)};
      await (action === 'confirm' ? call(api.POST('/tickets/{number}/confirm', params)) : call(api.POST('/tickets/{number}/reopen', params)));
      setDone(action);
      onChanged();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const notice = (
    <div role="status">
      {done === 'confirm' && <p className="alert alert--success">{t.confirmed}</p>}
      {done === 'reopen' && <p className="alert alert--success">{t.reopened}</p>}
      {failure !== null && (
        <p className="alert alert--danger" role="alert">
          {problemMessage(failure)}
        </p>
      )}
    </div>
  );

  if (!canConfirm && !canReopen) {
    return (
      <>
        {notice}
        {suggested && !done && <p className="alert alert--info">{t.notAllowedNow(statusLabel)}</p>}
      </>
    );
  }
  const stale = suggested !== null && offered === null && !done;
  return (
    <section className={styles.actions} aria-label={canConfirm ? t.confirmHeading : t.reopenHeading}>
      {notice}
      {offered && !done && <p className={styles.fromEmail}>{t.fromEmail}</p>}
      {stale && <p className="alert alert--info">{t.notAllowedNow(statusLabel)}</p>}
      {canConfirm && (
        <div className={offered === 'confirm' ? styles.suggested : styles.action}>
          <h2>{t.confirmHeading}</h2>
          <p>{t.confirmBody}</p>
          <button ref={offered === 'confirm' ? suggestedButton : undefined} type="button" className="button button--success" disabled={busy} onClick={() => act('confirm')}>
            {t.confirm}
          </button>
        </div>
      )}
      {canReopen && (
        <div className={offered === 'reopen' ? styles.suggested : styles.action}>
          <h2>{t.reopenHeading}</h2>
          <p>{t.reopenBody}</p>
          <button ref={offered === 'reopen' ? suggestedButton : undefined} type="button" className="button button--secondary" disabled={busy} onClick={() => act('reopen')}>
            {t.reopen}
          </button>
        </div>
      )}
    </section>
  );
}
