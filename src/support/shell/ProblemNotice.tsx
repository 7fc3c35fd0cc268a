import type {ReactNode} from 'react';
import {ApiError} from '@site/src/api/problem';
import {useText} from '@site/src/components/i18n';
import {supportText} from '../text';

/** What went wrong with a call, in the reader's words: unreachable, too many requests, busy, or the server's title. */
export function useProblemMessage(): (error: unknown) => string {
  const text = useText(supportText);
  return (error) => {
    if (!(error instanceof ApiError)) return text.networkFailed;
    if (error.kind === 'unreachable') return error.status === 0 ? text.networkFailed : text.unreachableTitle;
    if (error.status === 429) return text.rateLimited(error.retryAfterSeconds);
    if (error.status === 503) return text.busy(error.retryAfterSeconds);
    return text.failed(error.title, error.requestId);
  };
}

export function ProblemNotice({error, onRetry}: {error: unknown; onRetry?: () => void}): ReactNode {
  const text = useText(supportText);
  const message = useProblemMessage();
  if (error instanceof ApiError && error.kind === 'unreachable' && error.status !== 0) return <Unreachable onRetry={onRetry} />;
  return (
    <div className="alert alert--danger" role="alert">
      <p className="margin-bottom--sm">{message(error)}</p>
      {onRetry && (
        <button type="button" className="button button--sm button--secondary" onClick={onRetry}>
          {text.retry}
        </button>
      )}
    </div>
  );
}

export function Unreachable({onRetry}: {onRetry?: () => void}): ReactNode {
  const text = useText(supportText);
  return (
    <div className="alert alert--warning" role="alert">
      <p>
        <strong>{text.unreachableTitle}</strong>
      </p>
      <p className="margin-bottom--sm">{text.unreachableBody}</p>
      {onRetry && (
        <button type="button" className="button button--sm button--secondary" onClick={onRetry}>
          {text.retry}
        </button>
      )}
    </div>
  );
}
