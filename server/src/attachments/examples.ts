// Examples for the API reference (RouteSpec `examples`), checked by server/test/api-examples.test.ts.
import type { RouteExamples } from '../http/route-spec.js';
import { exampleTicketNumber } from '../tickets/examples.js';

/** The log filed with HO-1042, as a ticket's or a message's attachment list shows it. */
export const exampleAttachment = {
  id: '0b6f9c2e-5d41-4e8a-b7c3-9a1d2e4f6b80',
  filename: 'backup-2026-11-30.log',
  contentType: 'text/plain',
  size: 18342,
  sha256: '9f2c4a7e1b8d3f6a0c5e2b9d4f7a1c3e8b6d0f2a5c7e9b1d3f5a7c9e1b3d5f7a',
  url: `/api/v1/tickets/${exampleTicketNumber}/attachments/0b6f9c2e-5d41-4e8a-b7c3-9a1d2e4f6b80`,
};

export const attachmentExamples = {
  downloadTicketAttachment: {
    params: { number: exampleTicketNumber, id: exampleAttachment.id },
    responses: { 200: '2026-11-30T02:00:01+08:00 INFO  backup: base backup started\n2026-11-30T02:03:12+08:00 ERROR checksum mismatch: base.tar.gz\n' },
  },
} satisfies Record<string, RouteExamples>;
