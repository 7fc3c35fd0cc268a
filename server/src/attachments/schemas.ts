import { z } from 'zod';
import { allowedContentTypes } from './sniff.js';

export const AttachmentParams = z.object({
  number: z.string().meta({ description: 'Ticket number, as HO-1042 or 1042', descriptionZh: '工单编号，写作 HO-1042 或 1042', example: 'HO-1042' }),
  id: z.string().meta({ description: 'Attachment id (UUID)', descriptionZh: '附件 ID（UUID）' }),
});
export type AttachmentParams = z.infer<typeof AttachmentParams>;

/** How an attachment is listed beside its message or ticket; the content itself comes from `url`. */
export const AttachmentView = z
  .object({
    id: z.uuid(),
    filename: z.string().meta({ description: 'Neutralised file name: no directories, no control characters', descriptionZh: '经过清理的文件名：不含目录和控制字符' }),
    contentType: z.enum(allowedContentTypes).meta({ description: 'Decided by the file’s content, not by its name', descriptionZh: '按文件内容而不是文件名判定' }),
    size: z.int().nonnegative().meta({ description: 'Bytes', descriptionZh: '字节数' }),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    url: z.string().meta({ description: 'Download path', descriptionZh: '下载路径', example: '/api/v1/tickets/HO-1042/attachments/…' }),
  })
  .meta({ description: 'A file on a ticket or on one message', descriptionZh: '工单或某条消息上的一个文件' });
export type AttachmentView = z.infer<typeof AttachmentView>;

/** The multipart part that carries files; repeated once per file. */
export const FilesPart = z
  .array(z.file())
  .optional()
  .meta({ description: 'Files (multipart/form-data only): logs, text, JSON, images, PDF, ZIP or gzip; size and count capped', descriptionZh: '文件（仅 multipart/form-data）：日志、文本、JSON、图片、PDF、ZIP 或 gzip；大小和数量有上限' });
