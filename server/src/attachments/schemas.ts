import { z } from 'zod';
import { allowedContentTypes } from './sniff.js';

export const AttachmentParams = z.object({
  number: z.string().meta({ description: 'Ticket number, as HO-1042 or 1042', example: 'HO-1042' }),
  id: z.string().meta({ description: 'Attachment id (UUID)' }),
});
export type AttachmentParams = z.infer<typeof AttachmentParams>;

/** How an attachment is listed beside its message or ticket; the content itself comes from `url`. */
export const AttachmentView = z
  .object({
    id: z.uuid(),
    filename: z.string().meta({ description: 'Neutralised file name: no directories, no control characters' }),
    contentType: z.enum(allowedContentTypes).meta({ description: 'Decided by the file’s content, not by its name' }),
    size: z.int().nonnegative().meta({ description: 'Bytes' }),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    url: z.string().meta({ description: 'Download path', example: '/api/v1/tickets/HO-1042/attachments/…' }),
  })
  .meta({ description: 'A file on a ticket or on one message' });
export type AttachmentView = z.infer<typeof AttachmentView>;

/** The multipart part that carries files; repeated once per file. */
export const FilesPart = z
  .array(z.file())
  .optional()
  .meta({ description: 'Files (multipart/form-data only): logs, text, JSON, images, PDF, ZIP or gzip; size and count capped' });
