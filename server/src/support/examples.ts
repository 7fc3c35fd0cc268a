// Examples for the API reference (RouteSpec `examples`), checked by server/test/api-examples.test.ts.
// Built from the real definitions, so the example shows what a default installation answers.
import type { RouteExamples } from '../http/route-spec.js';
import { ticketPriorities } from '../tickets/workflow.js';
import { categoryNames, priorityDefinitions } from './definitions.js';

export const supportExamples = {
  getSupportSettings: {
    responses: {
      200: {
        categories: Object.entries(categoryNames).map(([id, name]) => ({ id, name })),
        priorities: ticketPriorities.map((id) => ({ id, ...priorityDefinitions[id] })),
        publicTags: ['备份', 'helm', '升级'],
        uploads: { maxFileBytes: 10_485_760, maxFiles: 5, allowedTypes: ['text/plain', 'application/json', 'image/png', 'image/jpeg', 'application/pdf', 'application/zip', 'application/gzip'] },
        channels: {
          hotline: { phone: '+86 400 820 1234', days: 'working-days', start: '09:00', end: '18:00' },
          emergency: { phone: '+86 138 0013 8000', hours: '7x24', priorities: ['P1'] },
          email: 'support@support.example.com',
          ticketsUrl: 'https://support.example.com/support',
          forumUrl: null,
          remoteAssistUrl: null,
        },
        timeZone: 'Asia/Shanghai',
      },
    },
  },
} satisfies Record<string, RouteExamples>;
