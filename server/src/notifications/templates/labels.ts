import type { Locale } from '../../http/locale.js';

// Status names as the user guide gives them (docs/user-guide/statuses.md), so an e-mail and the manual agree.
const statusNames: Record<string, Record<Locale, string>> = {
  new: { en: 'New', 'zh-Hans': '新建' },
  open: { en: 'Open', 'zh-Hans': '处理中' },
  pending: { en: 'Waiting for customer', 'zh-Hans': '等待客户' },
  resolved: { en: 'Resolved', 'zh-Hans': '已解决' },
  closed: { en: 'Closed', 'zh-Hans': '已关闭' },
};

/** A ticket status in the reader's language; an unknown one (from an old outbox row) as it is. */
export function statusName(status: string, locale: Locale): string {
  return statusNames[status]?.[locale] ?? status;
}
