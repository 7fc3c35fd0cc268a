import type {ReactNode} from 'react';
import type {Conversation as ConversationData, CustomerTicket} from '@site/src/api/types';
import DateTime from '@site/src/components/DateTime';
import {useText} from '@site/src/components/i18n';
import Attachments from './Attachments';
import {trackText} from './text';
import styles from './styles.module.css';

export function ConversationList({conversation, token}: {conversation: ConversationData; token: string}): ReactNode {
  const t = useText(trackText);
  return (
    <section aria-labelledby="conversation-heading">
      <h2 id="conversation-heading">
        {t.conversationHeading}
      </h2>
      {conversation.messages.length === 0 && <p>{t.noMessages}</p>}
      <ol className={styles.messages}>
        {conversation.messages.map((message) => (
          <li key={message.id} className={message.author.type === 'customer' ? styles.fromCustomer : styles.fromStaff}>
            <article aria-label={`${message.author.name}`}>
              <header className={styles.messageHeader}>
                <strong>{message.author.type === 'customer' ? `${message.author.name} (${t.you})` : `${message.author.name} · ${t.supportTeam}`}</strong>
                <DateTime iso={message.createdAt} />
              </header>
              <div className={styles.body} dangerouslySetInnerHTML={{__html: message.bodyHtml}} />
              <Attachments files={message.attachments} token={token} />
            </article>
          </li>
        ))}
      </ol>
    </section>
  );
}

type Event = CustomerTicket['events'][number];
const shownFields = ['status', 'priority', 'category', 'subject'] as const;

export function History({events, describeValue}: {events: Event[]; describeValue: (field: string, value: unknown) => string}): ReactNode {
  const t = useText(trackText);
  const actor = (type: Event['actorType']) => ({customer: t.actorCustomer, staff: t.actorStaff, system: t.actorSystem})[type];
  const action = (type: string) => (t as unknown as Record<string, string>)[`event_${type}`] ?? t.event_other;
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">
        {t.historyHeading}
      </h2>
      <ol className={styles.history}>
        {events.map((event, index) => {
          const field = shownFields.find((name) => event.after && name in event.after);
          return (
            <li key={`${event.at}-${index}`}>
              <DateTime iso={event.at} /> — {actor(event.actorType)} {action(event.type)}
              {field && event.before && event.after && (
                <span className={styles.muted}>
                  : {describeValue(field, event.before[field])} → {describeValue(field, event.after[field])}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
