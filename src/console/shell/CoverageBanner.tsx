import {useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useQuery} from '@tanstack/react-query';
import {api, call} from '@site/src/api/client';
import {useText} from '@site/src/components/i18n';
import {nextYearDocsPath, slaText} from '../sla/text';
import {useSession} from '../session/useSession';
import {coverageText} from './coverageText';
import styles from './styles.module.css';

const dismissedKey = 'handover.console.slaCoverageDismissed';

/** The calendars some policy uses whose coverage ends within 60 days or has ended (the API's `coverage.warn`). */
function useWarningCalendars(enabled: boolean) {
  return useQuery({
    queryKey: ['sla-coverage'],
    enabled,
    staleTime: 300_000,
    queryFn: async () => {
      const [calendars, policies] = await Promise.all([call(api.GET('/admin/sla/calendars')), call(api.GET('/admin/sla/policies'))]);
      const inUse = new Set(policies.items.map((policy) => policy.calendarId));
      return calendars.items.filter((calendar) => calendar.coverage.warn && inUse.has(calendar.id));
    },
  });
}

const readDismissed = (): string => {
  try {
    return window.sessionStorage.getItem(dismissedKey) ?? '';
  } catch {
    return '';
  }
};

/**
 * For administrators only (agents cannot fix it): a calendar in use is about to run out of holidays. Hidden for
 * the browser session once dismissed; a different warning (another calendar, a new end) shows again.
 */
export default function CoverageBanner(): ReactNode {
  const t = useText(coverageText);
  const sla = useText(slaText);
  const {user} = useSession();
  const warning = useWarningCalendars(user.role === 'admin');
  const [dismissed, setDismissed] = useState(readDismissed);
  const calendars = warning.data ?? [];
  const signature = calendars.map((calendar) => `${calendar.id}:${calendar.coverage.until}`).join(',');
  if (user.role !== 'admin' || calendars.length === 0 || dismissed === signature) return null;
  const dismiss = () => {
    try {
      window.sessionStorage.setItem(dismissedKey, signature);
    } catch {
      // Storage refused (a private window): hidden until the page is loaded again.
    }
    setDismissed(signature);
  };
  return (
    <section className={styles.coverage} aria-labelledby="sla-coverage-heading">
      <h2 id="sla-coverage-heading" className={styles.coverageHeading}>
        <span aria-hidden="true">⚠ </span>
        {t.heading}
      </h2>
      {calendars.map((calendar) => (
        <p key={calendar.id}>
          {(calendar.coverage.daysLeft ?? 0) > 0
            ? t.ending(calendar.name, calendar.coverage.until ?? '', calendar.coverage.daysLeft ?? 0)
            : t.ended(calendar.name, calendar.coverage.until ?? '')}
        </p>
      ))}
      <p>
        {t.action} <Link to={nextYearDocsPath}>{sla.docsLink}</Link>
      </p>
      <button type="button" className="button button--sm button--secondary" onClick={dismiss}>
        {t.dismiss}
      </button>
    </section>
  );
}
