import {useRef, useState, type ReactNode} from 'react';
import {usePresence} from '../live/usePresence';
import Link from '@docusaurus/Link';
import DateTime from '@site/src/components/DateTime';
import RelativeTime from '@site/src/components/DateTime/RelativeTime';
import Markdown from '@site/src/components/Markdown';
import {pick, useLocale, useText} from '@site/src/components/i18n';
import {ProblemNotice} from '@site/src/support/shell/ProblemNotice';
import {statusName} from '@site/src/support/status';
import {supportText} from '@site/src/support/text';
import Attachments from '@site/src/support/track/Attachments';
import {useSupportSettings} from '@site/src/support/useSupportSettings';
import {ticketPath} from '../queue/QueuePage';
import {useStaffDirectory} from '../queue/useQueueData';
import KnowledgePanel from './knowledge/KnowledgePanel';
import ReadBeforeFiling from './knowledge/ReadBeforeFiling';
import ReplyEditor from './ReplyEditor';
import SlaPanel from './SlaPanel';
import StaffConversation from './StaffConversation';
import TicketControls from './TicketControls';
import Timeline from './Timeline';
import {workspaceText} from './text';
import {useRefreshTicket, useRequesterTickets, useStaffConversation, useStaffTicket} from './useTicket';
import styles from './styles.module.css';

/** The ticket workspace: the conversation and the editor in the main column, the ticket's facts beside them. */
export default function Workspace({number}: {number: string}): ReactNode {
  const t = useText(workspaceText);
  const shared = useText(supportText);
  const locale = useLocale();
  const ticket = useStaffTicket(number);
  const conversation = useStaffConversation(number);
  const settings = useSupportSettings();
  const staff = useStaffDirectory();
  const refresh = useRefreshTicket(number);
  const others = useRequesterTickets(ticket.data?.requester.email, ticket.data?.number ?? number);
  const [writing, setWriting] = useState(false);
  const present = usePresence(number, writing);
  const insertIntoReply = useRef<((text: string) => void) | null>(null);

  if (ticket.isPending) return <p role="status">{shared.loading}</p>;
  if (ticket.isError) return <ProblemNotice error={ticket.error} onRetry={() => ticket.refetch()} />;
  const data = ticket.data;
  const category = settings.data?.categories.find((c) => c.id === data.category);

  return (
    <div>
      <p>
        <Link to="/console">← {t.back}</Link>
      </p>
      <h2 className={styles.heading}>
        {data.number}: {data.subject}
      </h2>
      <div role="status" aria-live="polite">
        {present.length > 0 && (
          <p className={styles.presence}>
            {t.alsoHere(present.map((p) => `${p.name}${p.state === 'writing' ? t.isWriting : ''}`).join(', '))}
          </p>
        )}
      </div>
      <p className={styles.summary}>
        {statusName(data.status, shared)} · {data.priority} · {category ? pick(category.name, locale) : data.category} · <RelativeTime iso={data.updatedAt} />
      </p>
      <div className={styles.layout}>
        <div className={styles.main}>
          <section aria-labelledby="description-heading">
            <h2 id="description-heading">{t.description}</h2>
            <Markdown source={data.description} className={styles.description} />
            {conversation.data && conversation.data.attachments.length > 0 && (
              <>
                <h3>{t.files}</h3>
                <Attachments files={conversation.data.attachments} />
              </>
            )}
          </section>
          {conversation.isError && <ProblemNotice error={conversation.error} onRetry={() => conversation.refetch()} />}
          {conversation.data && <StaffConversation conversation={conversation.data} />}
          <ReplyEditor number={data.number} uploads={settings.data?.uploads} closed={data.status === 'closed'} onSent={() => void refresh()} onWriting={setWriting} insertRef={insertIntoReply} />
          <Timeline events={data.events} />
        </div>
        <aside className={styles.side} aria-label={t.details}>
          <SlaPanel number={data.number} />
          <ReadBeforeFiling suggestions={data.suggestions} locale={data.requester.locale} />
          <KnowledgePanel key={`knowledge-${data.number}`} number={data.number} subject={data.subject} locale={data.requester.locale} onInsert={(text) => insertIntoReply.current?.(text)} />
          <TicketControls key={data.number} ticket={data} settings={settings.data} staff={staff.data?.items ?? []} onSaved={() => void refresh()} onReload={() => void refresh()} />
          <section aria-labelledby="requester-heading" className={styles.panel}>
            <h2 id="requester-heading">{t.requester}</h2>
            <p>
              <strong>{data.requester.name}</strong>
              <br />
              <a href={`mailto:${data.requester.email}`}>{data.requester.email}</a>
              {data.requester.organisation && (
                <>
                  <br />
                  {data.requester.organisation}
                </>
              )}
              {data.requester.phone && (
                <>
                  <br />
                  <a href={`tel:${data.requester.phone.replace(/[^+0-9]/g, '')}`}>{data.requester.phone}</a>
                </>
              )}
            </p>
            {data.context && (
              <p>
                <strong>{t.context}</strong>
                <br />
                <a href={data.context.url}>{data.context.title}</a>
                {data.context.version && <span className={styles.muted}> · {t.contextVersion(data.context.version)}</span>}
              </p>
            )}
            <h3>{t.otherTickets}</h3>
            {others.data && others.data.length === 0 && <p>{t.noOtherTickets}</p>}
            <ul className={styles.others}>
              {others.data?.map((other) => (
                <li key={other.number}>
                  <Link to={ticketPath(other.number)}>
                    {other.number} {other.subject}
                  </Link>{' '}
                  <span className={styles.muted}>
                    {statusName(other.status, shared)} · <DateTime iso={other.updatedAt} />
                  </span>
                </li>
              ))}
            </ul>
          </section>
        </aside>
      </div>
    </div>
  );
}
