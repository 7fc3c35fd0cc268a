import {useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useMutation} from '@tanstack/react-query';
import {api, call} from '@site/src/api/client';
import {ApiError} from '@site/src/api/problem';
import {defineText, useText} from '@site/src/components/i18n';
import {fragmentToken} from '@site/src/support/fragment';
import {ProblemNotice} from '@site/src/support/shell/ProblemNotice';
import {settingsText} from '../settings/text';

export const unsubscribeText = defineText({
  title: {zh: '停止接收此类邮件', en: 'Stop e-mails of this kind'},
  description: {zh: '员工邮件中的退订链接打开此页。', en: 'The unsubscribe link of staff e-mails opens this page.'},
  intro: {
    zh: '点击下面的按钮后，您将不再收到这封邮件所属类型的提醒（P1 值班通知除外）。以后可以在“我的设置”中重新打开。',
    en: 'After you click the button below you no longer get e-mails of the kind this one was (P1 on-call pages excepted). You can switch it back on in My settings.',
  },
  confirm: {zh: '停止接收', en: 'Stop these e-mails'},
  why: {zh: '需要点击一次，是因为邮件安全扫描会自动打开链接。', en: 'A click is needed because mail scanners open links by themselves.'},
  done: (label: string) => ({zh: `已关闭：${label}。`, en: `Switched off: ${label}.`}),
  invalid: {zh: '此链接无效或已过期（链接 180 天内有效）。请在“我的设置”中管理邮件。', en: 'This link is not valid or has expired (links work for 180 days). Manage e-mails in My settings.'},
  missing: {zh: '请打开员工邮件底部的退订链接。', en: 'Open the unsubscribe link at the foot of a staff e-mail.'},
  settings: {zh: '打开我的设置', en: 'Open My settings'},
});

/** The body link of staff e-mails: nothing changes until the member clicks (mail scanners open links). */
export default function Unsubscribe(): ReactNode {
  const t = useText(unsubscribeText);
  const kinds = useText(settingsText) as unknown as Record<string, string>;
  const [token] = useState(fragmentToken);
  const stop = useMutation({mutationFn: (value: string) => call(api.POST('/notifications/unsubscribe', {params: {query: {token: value}}}))});
  const settingsLink = (
    <p>
      <Link to="/console/settings">{t.settings}</Link>
    </p>
  );
  if (!token) return <p className="alert alert--info">{t.missing}</p>;
  if (stop.isSuccess) {
    return (
      <>
        <p className="alert alert--success" role="status">
          {t.done(kinds[`kind_${stop.data.kind}`] ?? stop.data.kind)}
        </p>
        {settingsLink}
      </>
    );
  }
  const invalid = stop.error instanceof ApiError && ['link_expired', 'validation_failed', 'not_found'].includes(stop.error.code);
  return (
    <>
      <p>{t.intro}</p>
      <p>{t.why}</p>
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
      {settingsLink}
    </>
  );
}
