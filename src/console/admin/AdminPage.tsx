import type {ReactNode} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import {useText} from '@site/src/components/i18n';
import {useSession} from '../session/useSession';
import MailboxAdmin from './MailboxAdmin';
import OutboxAdmin from './OutboxAdmin';
import SearchReport from './SearchReport';
import SlaAdmin from './sla';
import {slaText} from './sla/text';
import {searchReportText} from './searchReportText';
import StaffAdmin from './StaffAdmin';
import {adminText} from './text';
import styles from './styles.module.css';

const sections = ['staff', 'outbox', 'mailbox', 'search', 'sla'] as const;
type Section = (typeof sections)[number];

/** Administration for admins only (the API refuses agents as well): staff accounts, outgoing mail, the mailbox, the search report, SLAs. */
export default function AdminPage(): ReactNode {
  const t = useText(adminText);
  const report = useText(searchReportText);
  const sla = useText(slaText);
  const {user} = useSession();
  const location = useLocation();
  const history = useHistory();
  const requested = new URLSearchParams(location.search).get('section') as Section | null;
  const section: Section = requested && sections.includes(requested) ? requested : 'staff';
  if (user.role !== 'admin') return <p className="alert alert--warning">{t.adminsOnly}</p>;
  const label: Record<Section, string> = {staff: t.staffTab, outbox: t.outboxTab, mailbox: t.mailboxTab, search: report.tab, sla: sla.tab};
  return (
    <>
      <nav aria-label={t.sections} className={styles.tabs}>
        {sections.map((name) => (
          <a
            key={name}
            href={`?section=${name}`}
            aria-current={section === name ? 'page' : undefined}
            className={styles.tab}
            onClick={(event) => {
              event.preventDefault();
              history.replace({pathname: location.pathname, search: `?section=${name}`});
            }}>
            {label[name]}
          </a>
        ))}
      </nav>
      <h2>{label[section]}</h2>
      {section === 'staff' && <StaffAdmin />}
      {section === 'outbox' && <OutboxAdmin />}
      {section === 'mailbox' && <MailboxAdmin />}
      {section === 'search' && <SearchReport />}
      {section === 'sla' && <SlaAdmin />}
    </>
  );
}
