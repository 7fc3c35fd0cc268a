import {useEffect, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useMutation} from '@tanstack/react-query';
import {api, call} from '@site/src/api/client';
import {ApiError} from '@site/src/api/problem';
import {defineText, useText} from '@site/src/components/i18n';
import {fragmentToken} from '@site/src/support/fragment';
import {ProblemNotice} from '@site/src/support/shell/ProblemNotice';

export const unsubscribeDocsText = defineText({
  title: {zh: '退订文档更新', en: 'Unsubscribe from docs updates'},
  description: {zh: '文档更新摘要邮件中的退订链接打开此页。', en: 'The unsubscribe link of a docs digest opens this page.'},
  intro: {zh: '点击按钮后，您将不再收到这个订阅的摘要邮件。', en: 'After you click the button you get no more digests of this subscription.'},
  confirm: {zh: '退订', en: 'Unsubscribe'},
  done: {zh: '已退订，不会再发送摘要。随时可以在“文档更新”页面重新订阅。', en: 'Unsubscribed: no more digests. You can subscribe again on the docs changes page at any time.'},
  invalid: {zh: '此链接无效或已过期（链接 180 天内有效）。', en: 'This link is not valid or has expired (links work for 180 days).'},
  missing: {zh: '请打开摘要邮件底部的退订链接。', en: 'Open the unsubscribe link at the foot of a digest.'},
  back: {zh: '返回文档更新', en: 'Back to the docs changes'},
});

/** The body link of a digest; the List-Unsubscribe header POSTs the same API call without this page (RFC 8058). */
export default function Unsubscribe(): ReactNode {
  const t = useText(unsubscribeDocsText);
  const [token, setToken] = useState<string | null>(null);
  useEffect(() => setToken(fragmentToken()), []);
  const stop = useMutation({mutationFn: (value: string) => call(api.POST('/notifications/unsubscribe', {params: {query: {token: value}}}))});
  const back = (
    <p>
      <Link to="/docs-changes">{t.back}</Link>
    </p>
  );
  if (!token) return <p className="alert alert--info">{t.missing}</p>;
  if (stop.isSuccess) {
    return (
      <>
        <p className="alert alert--success" role="status">
          {t.done}
        </p>
        {back}
      </>
    );
  }
  const invalid = stop.error instanceof ApiError && ['link_expired', 'validation_failed', 'not_found'].includes(stop.error.code);
  return (
    <>
      <p>{t.intro}</p>
      {invalid ? (
        <p className="alert alert--warning" role="alert">
          {t.invalid}
        </p>
      ) : (
        stop.isError && <ProblemNotice error={stop.error} />
      )}
      {!invalid && (
        <button type="button" className="button button--primary" disabled={stop.isPending} onClick={() => stop.mutate(token)}>
          {t.confirm}
        </button>
      )}
      {back}
    </>
  );
}
