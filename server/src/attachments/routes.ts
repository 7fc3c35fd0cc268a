import { z } from 'zod';
import { defineRoutes } from '../http/route-spec.js';
import { contentDisposition } from './filename.js';
import { AttachmentParams } from './schemas.js';
import type { AttachmentService } from './service.js';
import { attachmentExamples } from './examples.js';

/** Text was checked to be UTF-8 when it was stored; saying so stops a browser from guessing another charset. */
function responseType(contentType: string): string {
  return contentType === 'text/plain' ? 'text/plain; charset=utf-8' : contentType;
}

export const attachmentRoutes = defineRoutes<{ attachments: AttachmentService }>([
  {
    method: 'get',
    path: '/tickets/{number}/attachments/{id}',
    operationId: 'downloadTicketAttachment',
    summary: 'Download a file of a ticket or of one of its messages',
    summaryZh: '下载工单或其某条消息的附件',
    description:
      'Served as a download (Content-Disposition: attachment, with the UTF-8 name in filename*), with the type ' +
      'decided when it was uploaded, nosniff and a sandboxing Content-Security-Policy. A file of an internal note ' +
      'is staff-only: anyone else gets 404, as for a ticket they may not see.',
    descriptionZh: '以下载方式提供（Content-Disposition: attachment，UTF-8 文件名放在 filename* 中），类型为上传时判定的类型，带 nosniff 和沙箱化的 Content-Security-Policy。内部备注的文件仅支持人员可下载：其他人得到 404，与无权查看的工单相同。',
    tag: 'conversation',
    audience: ['staff', 'ticket-link', 'requester'],
    examples: attachmentExamples.downloadTicketAttachment,
    params: AttachmentParams,
    responses: { 200: { description: 'The file’s bytes.', descriptionZh: '文件的字节内容。', schema: z.file(), contentType: 'application/octet-stream' } },
    problems: ['unauthenticated', 'not_found', 'link_expired'],
    handler: async (req, res, { attachments }) => {
      const { number, id } = AttachmentParams.parse(req.params);
      const file = await attachments.openAttachment(req.actor, number, id);
      res.set({
        'Content-Type': responseType(file.contentType),
        // Always a download, never rendered in our origin; and if it is opened anyway, it runs nothing.
        'Content-Disposition': contentDisposition(file.filename),
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "sandbox; default-src 'none'",
        'Cross-Origin-Resource-Policy': 'same-origin',
        'Cache-Control': 'private, no-store',
        ETag: `"${file.sha256}"`,
      });
      res.send(Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength));
    },
  },
]);
