import type {ReactNode} from 'react';
import type {Conversation} from '@site/src/api/types';
import DateTime from '@site/src/components/DateTime';
import {useText} from '@site/src/components/i18n';
import Attachments from '@site/src/support/track/Attachments';
import {workspaceText} from './text';
import styles from './styles.module.css';

/** The conversation in order; internal notes are marked in words and by their look, never only by colour. */
export default function StaffConversation({conversation}: {conversation: Conversation}): ReactNode {
  const t = useText(workspaceText);
  return (
    <section aria-labelledby="conversation-heading">
      <h2 id="conversation-heading">{t.conversation}</h2>
      {conversation.messages.length === 0 && <p>{t.noMessages}</p>}
      <ol className={styles.messages}>
        {conversation.messages.map((message) => {
          const internal = message.visibility === 'internal';
          return (
            <li key={message.id} className={internal ? styles.note : message.author.type === 'customer' ? styles.customer : styles.reply}>
              <article aria-label={`${internal ? t.internalNote : t.publicReply}: ${message.author.name}`}>
                <header className={styles.messageHeader}>
                  <span className={internal ? styles.noteLabel : styles.replyLabel}>{internal ? t.internalNote : t.publicReply}</span>
                  <strong>
                    {message.author.name} · {message.author.type === 'customer' ? t.customer : t.staff}
                  </strong>
                  <DateTime iso={message.createdAt} />
                </header>
                <div className={styles.body} dangerouslySetInnerHTML={{__html: message.bodyHtml}} />
                <Attachments files={message.attachments} />
              </article>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
