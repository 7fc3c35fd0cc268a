import {useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {ApiError} from '@site/src/api/problem';
import type {CustomerTicket} from '@site/src/api/types';
import DateTime from '@site/src/components/DateTime';
import Markdown from '@site/src/components/Markdown';
import {pick, useLocale, useText} from '@site/src/components/i18n';
import {tokenOf, useFragment} from '../fragment';
import RequestLinkForm from '../mine/RequestLinkForm';
import {ProblemNotice} from '../shell/ProblemNotice';
import {statusName} from '../status';
import {supportText} from '../text';
import {useSupportSettings} from '../useSupportSettings';
import Attachments from './Attachments';
import {ConversationList, History} from './Conversation';
import ReplyBox from './ReplyBox';
import ResolutionActions from './ResolutionActions';
import {trackText} from './text';
import {useConversation, useRefreshTicket, useTrackedTicket, type Access} from './useTrackedTicket';
import styles from './styles.module.css';

function LinkProblem({kind}: {kind: 'invalid' | 'missing'}): ReactNode {
  const t = useText(trackText);
  return (
    <section aria-labelledby="link-problem">
      <h2 id="link-problem">
        {kind === 'invalid' ? t.invalidTitle : t.missingTitle}
      </h2>
      <p>{kind === 'invalid' ? t.invalidBody : t.missingBody}</p>
      <RequestLinkForm idPrefix="track" />
    </section>
  );
}

function TicketPage({access, suggested}: {access: Access; suggested: 'confirm' | 'reopen' | null}): ReactNode {
  const t = useText(trackText);
  const shared = useText(supportText);
  const locale = useLocale();
  const ticket = useTrackedTicket(access);
  const conversation = useConversation(access, ticket.data?.number);
  const settings = useSupportSettings();
  const refresh = useRefreshTicket(access);

  if (ticket.isPending) return <p role="status">{shared.loading}</p>;
  if (ticket.isError) {
    const error = ticket.error;
    if (error instanceof ApiError && ['unauthenticated', 'link_expired', 'not_found', 'forbidden'].includes(error.code)) return <LinkProblem kind="invalid" />;
    return <ProblemNotice error={error} onRetry={() => ticket.refetch()} />;
  }
  const data: CustomerTicket = ticket.data;
  const status = statusName(data.status, shared);
  const explain = {new: t.statusExplainNew, open: t.statusExplainOpen, pending: t.statusExplainPending, resolved: t.statusExplainResolved, closed: t.statusExplainClosed}[data.status];
  const category = settings.data?.categories.find((c) => c.id === data.category);
  const priority = settings.data?.priorities.find((p) => p.id === data.priority);
  const describeValue = (field: string, value: unknown): string => {
    if (field === 'status' && typeof value === 'string') return statusName(value as CustomerTicket['status'], shared);
    if (field === 'priority') return String(value ?? '—');
    if (field === 'category') {
      const match = settings.data?.categories.find((c) => c.id === value);
      return match ? pick(match.name, locale) : String(value ?? '—');
    }
    return String(value ?? '—');
  };

  return (
    <>
      <h2 className={styles.ticketHeading}>
        {t.ticketHeading(data.number, data.subject)}
      </h2>
      <dl className={styles.meta}>
        <div>
          <dt>{t.status}</dt>
          <dd>{status}</dd>
        </div>
        <div>
          <dt>{t.priority}</dt>
          <dd>{priority ? pick(priority.name, locale) : data.priority}</dd>
        </div>
        <div>
          <dt>{t.category}</dt>
          <dd>{category ? pick(category.name, locale) : data.category}</dd>
        </div>
        <div>
          <dt>{t.assignee}</dt>
          <dd>{data.assignee?.name ?? t.unassigned}</dd>
        </div>
        <div>
          <dt>{t.filed}</dt>
          <dd>
            <DateTime iso={data.createdAt} />
          </dd>
        </div>
        <div>
          <dt>{t.updated}</dt>
          <dd>
            <DateTime iso={data.updatedAt} />
          </dd>
        </div>
      </dl>
      <p className={styles.statusExplain}>{explain}</p>
      {data.answerBy && (
        <p className={styles.statusExplain} data-testid="answer-by">
          {t.answerBy} <DateTime iso={data.answerBy} />
        </p>
      )}

      <ResolutionActions ticket={data} token={access.token} suggested={suggested} statusLabel={status} onChanged={refresh} />

      <section aria-labelledby="description-heading">
        <h2 id="description-heading">
          {t.descriptionHeading}
        </h2>
        <Markdown source={data.description} className={styles.description} />
        {data.context && (
          <p className={styles.muted}>
            {t.askedFrom} <a href={data.context.url}>{data.context.title}</a>
            {data.context.version ? ` · ${data.context.version}` : ''}
          </p>
        )}
        {conversation.data && conversation.data.attachments.length > 0 && (
          <>
            <h3>{t.filesHeading}</h3>
            <Attachments files={conversation.data.attachments} token={access.token} />
          </>
        )}
      </section>

      <div className={styles.section}>
        {conversation.isError ? (
          <ProblemNotice error={conversation.error} onRetry={() => conversation.refetch()} />
        ) : conversation.data ? (
          <ConversationList conversation={conversation.data} token={access.token} />
        ) : (
          <p role="status">{shared.loading}</p>
        )}
      </div>

      <div className={styles.section}>
        {data.status === 'closed' ? (
          <p className="alert alert--info">{t.closedNoReply}</p>
        ) : settings.data ? (
          <ReplyBox number={data.number} token={access.token} uploads={settings.data.uploads} onSent={refresh} />
        ) : null}
      </div>

      <div className={styles.section}>
        <History events={data.events} describeValue={describeValue} />
      </div>
      <p>
        <Link to="/support">{shared.backToSupport}</Link>
      </p>
    </>
  );
}

/** The tracking page: the token (and, from "my tickets", the number) come from the fragment only. */
export default function TrackTicket(): ReactNode {
  const fragment = useFragment();
  const token = tokenOf(fragment);
  const number = fragment.get('ticket');
  const access: Access | null = token ? {token, number: number && /^(HO-)?\d{1,10}$/i.test(number) ? number : null} : null;
  const [suggested] = useState<'confirm' | 'reopen' | null>(() => {
    const action = new URLSearchParams(window.location.search).get('action');
    return action === 'confirm' || action === 'reopen' ? action : null;
  });
  if (!access) return <LinkProblem kind="missing" />;
  return <TicketPage key={`${access.token}-${access.number}`} access={access} suggested={suggested} />;
}
