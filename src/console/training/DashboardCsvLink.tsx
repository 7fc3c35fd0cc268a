import {useState, type ReactNode} from 'react';
import {api} from '@site/src/api/client';
import {problemFrom} from '@site/src/api/problem';
import {useText} from '@site/src/components/i18n';
import {useProblemMessage} from '@site/src/support/shell/ProblemNotice';
import {trainingText} from './text';
import styles from './styles.module.css';

/**
 * The progress table as CSV. Fetched through the client so the headings come in the page's language (the client
 * sends it) and a refusal is shown on the page; the href still works for "save link as".
 */
export default function DashboardCsvLink({cohortId, startsOn}: {cohortId: string; startsOn: string}): ReactNode {
  const t = useText(trainingText);
  const problemMessage = useProblemMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const fileName = `training-${startsOn}.csv`;
  return (
    <div className={styles.download}>
      <a
        className="button button--secondary"
        href={`/api/v1/training/cohorts/${cohortId}/dashboard.csv`}
        download={fileName}
        onClick={async (event) => {
          event.preventDefault();
          setFailure(null);
          const {data, error, response} = await api
            .GET('/training/cohorts/{id}/dashboard.csv', {params: {path: {id: cohortId}}, parseAs: 'blob'})
            .catch(() => ({data: undefined, error: undefined, response: undefined}));
          if (!response?.ok || !(data instanceof Blob)) return setFailure(response ? problemMessage(problemFrom(response, error)) : t.downloadFailed);
          const url = URL.createObjectURL(data);
          const link = Object.assign(document.createElement('a'), {href: url, download: fileName});
          document.body.append(link);
          link.click();
          link.remove();
          setTimeout(() => URL.revokeObjectURL(url), 10_000);
        }}>
        {t.downloadCsv}
      </a>
      <div role="status">{failure && <p className="alert alert--danger">{failure}</p>}</div>
    </div>
  );
}
