// Examples for the API reference (RouteSpec `examples`), checked by server/test/api-examples.test.ts: Wang Fang, who
// filed HO-1042 (tickets/examples.ts), asks for a weekly digest of the operations and training pages in Chinese. The
// confirmation answer lists her sections in the ledger's order (service.ts sorts them); the counts end at the newest
// `seq` of docs-history.json.
import type { RouteExamples } from '../http/route-spec.js';

const subscription = { sections: ['training', 'operations'], frequency: 'weekly', locale: 'zh-Hans' } as const;

export const docsSubscriptionExamples = {
  subscribeToDocs: {
    body: { email: 'wang.fang@example.com', sections: ['operations', 'training'], frequency: 'weekly', locale: 'zh-Hans' },
    responses: { 202: { message: '请查收邮件：点击邮件中的确认链接后订阅才会生效，此前我们不会发送其他邮件。' } },
  },
  confirmDocsSubscription: {
    body: { token: 'hod_bU3E_DPHBfyvPhotSicQoqoS9OodkgKqcLf84HTqNFE' },
    responses: { 200: subscription },
  },
  getDocsSubscriptionSummary: {
    responses: {
      200: {
        pending: 3,
        active: 41,
        ended: 7,
        bySection: { 'user-guide': 18, training: 12, operations: 27, api: 9, architecture: 5, database: 6, faq: 14, blog: 20 },
        byFrequency: { daily: 9, weekly: 32 },
        ledgerChanges: 560,
      },
    },
  },
} satisfies Record<string, RouteExamples>;
