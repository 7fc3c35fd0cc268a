import {useState, type ReactNode} from 'react';
import {problemFrom} from '@site/src/api/problem';
import {useProblemMessage} from '@site/src/support/shell/ProblemNotice';

type Fetched = {data?: unknown; error?: unknown; response?: Response};

type Props = {
  /** The export's address: a plain link works with the session cookie (a GET needs no CSRF token). */
  href: string;
  fileName: string;
  label: string;
  failedText: string;
  /** The same export through the API client (`parseAs: 'blob'`), so the headings follow the site's language rather than the browser's. */
  fetchFile: () => Promise<Fetched>;
};

/** A report's CSV download: fetched with the page's language, saved under `fileName`, a refusal said beside it. */
export default function CsvDownload({href, fileName, label, failedText, fetchFile}: Props): ReactNode {
  const problemMessage = useProblemMessage();
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <div className="margin-bottom--md">
      <a
        className="button button--secondary"
        href={href}
        download={fileName}
        onClick={async (event) => {
          event.preventDefault();
          setFailure(null);
          const {data, error, response} = await fetchFile().catch((): Fetched => ({}));
          if (!response?.ok || !(data instanceof Blob)) return setFailure(response ? problemMessage(problemFrom(response, error)) : failedText);
          const url = URL.createObjectURL(data);
          const link = Object.assign(document.createElement('a'), {href: url, download: fileName});
          document.body.append(link);
          link.click();
          link.remove();
          setTimeout(() => URL.revokeObjectURL(url), 10_000);
        }}>
        {label}
      </a>
      <div role="status">{failure && <p className="alert alert--danger">{failure}</p>}</div>
    </div>
  );
}
