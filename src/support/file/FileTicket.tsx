import {useRef, useState, type ReactNode} from 'react';
import type {FiledTicket, SearchSuggestion} from '@site/src/api/types';
import {useText} from '@site/src/components/i18n';
import {ProblemNotice} from '../shell/ProblemNotice';
import {supportText} from '../text';
import {useSupportSettings} from '../useSupportSettings';
import FiledTicketNotice from './FiledTicketNotice';
import FileTicketForm from './FileTicketForm';
import {pageContextFromQuery} from './pageContext';
import SolvedNotice from './SolvedNotice';
import {createSuggestionLog, type SuggestionLog} from './suggestionLog';

/**
 * The filing feature: the form built from the server's settings, with articles suggested as the customer writes;
 * then the filed ticket's notice, or a friendly end when an article solved the problem.
 */
export default function FileTicket(): ReactNode {
  const shared = useText(supportText);
  const settings = useSupportSettings();
  const [filed, setFiled] = useState<{ticket: FiledTicket; priority: string} | null>(null);
  const [context] = useState(() => pageContextFromQuery(window.location.search));
  const [solvedBy, setSolvedBy] = useState<SearchSuggestion | null>(null);
  const suggestionLog = useSuggestionLog();

  if (filed) return <FiledTicketNotice ticket={filed.ticket} priority={filed.priority} onFileAnother={() => setFiled(null)} />;
  if (solvedBy) return <SolvedNotice suggestion={solvedBy} onFileAnyway={() => setSolvedBy(null)} />;
  if (settings.isPending) return <p role="status">{shared.loading}</p>;
  if (settings.isError) return <ProblemNotice error={settings.error} onRetry={() => settings.refetch()} />;
  return (
    <FileTicketForm settings={settings.data} context={context} suggestionLog={suggestionLog} onFiled={(ticket, priority) => setFiled({ticket, priority})} onSolved={setSolvedBy} />
  );
}

/** One log for the filing, kept across "this solved my problem" and back. A ref: recording changes nothing on screen. */
function useSuggestionLog(): SuggestionLog {
  const log = useRef<SuggestionLog>(null);
  log.current ??= createSuggestionLog();
  return log.current;
}
