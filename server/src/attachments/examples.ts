// Examples for the API reference (RouteSpec `examples`), checked by server/test/api-examples.test.ts.
import { attachmentExample } from '../conversation/examples.js';
import type { RouteExamples } from '../http/route-spec.js';
import { exampleTicketNumber } from '../tickets/examples.js';

export const attachmentExamples = {
  downloadTicketAttachment: {
    params: { number: exampleTicketNumber, id: attachmentExample.id },
    responses: { 200: '2026-11-30T02:00:01+08:00 INFO  backup: base backup started\n2026-11-30T02:03:12+08:00 ERROR checksum mismatch: base.tar.gz\n' },
  },
} satisfies Record<string, RouteExamples>;
