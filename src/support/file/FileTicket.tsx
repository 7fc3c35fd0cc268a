import {useState, type ReactNode} from 'react';
import type {FiledTicket} from '@site/src/api/types';
import {useText} from '@site/src/components/i18n';
import {ProblemNotice} from '../shell/ProblemNotice';
import {supportText} from '../text';
import {useSupportSettings} from '../useSupportSettings';
import FiledTicketNotice from './FiledTicketNotice';
import FileTicketForm from './FileTicketForm';
import {pageContextFromQuery} from './pageContext';

/** The filing feature: the form built from the server's settings, then the filed ticket's notice. */
export default function FileTicket(): ReactNode {
  const shared = useText(supportText);
  const settings = useSupportSettings();
  const [filed, setFiled] = useState<{ticket: FiledTicket; priority: string} | null>(null);
  const [context] = useState(() => pageContextFromQuery(window.location.search));

  if (filed) return <FiledTicketNotice ticket={filed.ticket} priority={filed.priority} onFileAnother={() => setFiled(null)} />;
  if (settings.isPending) return <p role="status">{shared.loading}</p>;
  if (settings.isError) return <ProblemNotice error={settings.error} onRetry={() => settings.refetch()} />;
  return <FileTicketForm settings={settings.data} context={context} onFiled={(ticket, priority) => setFiled({ticket, priority})} />;
}
