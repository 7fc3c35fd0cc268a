import {useEffect, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useMutation} from '@tanstack/react-query';
import {api, call} from '@site/src/api/client';
import {ApiError} from '@site/src/api/problem';
import {defineText, useText} from '@site/src/components/i18n';
import {fragmentToken} from '@site/src/support/fragment';
import {ProblemNotice} from '@site/src/support/shell/ProblemNotice';
import {sectionNames} from './text';

export const confirmText = defineText({
  title: {zh: '确认订阅', en: 'Confirm your subscription'},
  description: {zh: '文档更新订阅的确认邮件中的链接打开此页。', en: 'The link in the confirmation e-mail of a docs subscription opens this page.'},
  confirm: {zh: '确认订阅', en: 'Confirm the subscription'},
  intro: {zh: '点击按钮后订阅生效。', en: 'The subscription starts when you click the button.'},
  why: {zh: '需要点击一次，是因为邮件安全扫描会自动打开链接。', en: 'A click is needed because mail scanners open links by themselves.'},
  done: (sections: string, weekly: boolean) => ({
    zh: `订阅已生效：${weekly ? '每周' : '每天'}一封摘要，栏目：${sections}。只有栏目中有页面变更时才会发送。`,
    en: `You are subscribed: a ${weekly ? 'weekly' : 'daily'} digest of ${sections}, sent only when pages in them changed.`,
  }),
  invalid: {zh: '此链接无效、已使用或已过期。请重新订阅。', en: 'This link is not valid, was already used, or has expired. Please subscribe again.'},
  missing: {zh: '请打开确认邮件中的链接。', en: 'Open the link in the confirmation e-mail.'},
  back: {zh: '返回文档更新', en: 'Back to the docs changes'},
});

/** The double opt-in's second step: nothing is sent to the address until this button is clicked. */
export default function Confirm(): ReactNode {
  const t = useText(confirmText);
  const names = useText(sectionNames);
  const [token, setToken] = useState<string | null>(null);
  useEffect(() => setToken(fragmentToken()), []);
  const confirm = useMutation({mutationFn: (value: string) => call(api.POST('/docs-subscriptions/confirm', {body: {token: value}}))});
  const back = (
    <p>
      <Link to="/docs-changes">{t.back}</Link>
    </p>
  );
  if (!token) return <p className="alert alert--info">{t.missing}</p>;
  if (confirm.isSuccess) {
    const sections = confirm.data.sections.map((s) => names[s]).join(' · ');
    return (
      <>
        <p className="alert alert--success" role="status">
          {t.done(sections, confirm.data.frequency === 'weekly')}
        </p>
        {back}
      </>
    );
  }
  const invalid = confirm.error instanceof ApiError && ['link_expired', 'validation_failed'].includes(confirm.error.code);
  return (
    <>
      <p>{t.intro}</p>
      <p>{t.why}</p>
      {invalid ? (
        <p className="alert alert--warning" role="alert">
          {t.invalid}
        </p>
      ) : (
        confirm.isError && <ProblemNotice error={confirm.error} />
      )}
      {!invalid && (
        <button type="button" className="button button--primary" disabled={confirm.isPending} onClick={() => confirm.mutate(token)}>
          {t.confirm}
        </button>
      )}
      {back}
    </>
  );
}
