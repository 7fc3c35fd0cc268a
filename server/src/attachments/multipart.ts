import type { Request } from 'express';
import busboy from 'busboy';
import type { Config } from '../config.js';
import { ProblemError } from '../http/errors.js';

/** One file as it arrived: the sender's name and claimed type are kept only to be distrusted later. */
export type UploadedFile = { fieldName: string; claimedName: string | undefined; claimedType: string; content: Buffer<ArrayBuffer> };

export type MultipartBody = { fields: Record<string, string>; files: UploadedFile[] };

export type UploadLimits = { maxFileBytes: number; maxFiles: number };

export function uploadLimits(config: Config): UploadLimits {
  return { maxFileBytes: config.attachmentMaxBytes, maxFiles: config.attachmentMaxFiles };
}

/** Text fields are small (a reply is at most 20,000 characters, up to 4 bytes each); a larger one is an abuse. */
const maxFieldBytes = 128 * 1024;
const maxFields = 20;

/**
 * Reads a multipart/form-data request, enforcing the limits while the bytes stream in: the first file to pass
 * `maxFileBytes` or the first file beyond `maxFiles` stops the parse at once with a problem, before the rest of
 * the upload is held in memory. Nothing is stored here; the caller stores the files once every check has passed.
 */
export function parseMultipart(req: Request, limits: UploadLimits): Promise<MultipartBody> {
  if (!req.is('multipart/form-data')) {
    return Promise.reject(new ProblemError('unsupported_media_type', { detail: 'Send multipart/form-data.' }));
  }
  return new Promise((resolve, reject) => {
    const fields: Record<string, string> = {};
    const files: UploadedFile[] = [];
    let settled = false;
    let parser: busboy.Busboy;

    const fail = (problem: ProblemError): void => {
      if (settled) return;
      settled = true;
      // Stop parsing but keep reading (and discarding) the request, so the client can receive our answer.
      req.unpipe(parser);
      req.resume();
      reject(problem);
    };

    try {
      parser = busboy({
        headers: req.headers,
        // Browsers send UTF-8 file names as raw bytes; busboy would read them as Latin-1 by default.
        defParamCharset: 'utf8',
        // busboy signals the limit on reaching it, so allow one byte more: a file of exactly maxFileBytes passes.
        limits: { fileSize: limits.maxFileBytes + 1, files: limits.maxFiles, fields: maxFields, fieldSize: maxFieldBytes },
      });
    } catch (error) {
      reject(new ProblemError('malformed_multipart', { detail: 'The multipart boundary is missing.', cause: error }));
      return;
    }

    parser.on('field', (name, value, info) => {
      if (info.valueTruncated) fail(new ProblemError('payload_too_large', { detail: `The field "${name}" is too long.` }));
      else fields[name] = value;
    });
    parser.on('file', (fieldName, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => {
        chunks.length = 0;
        const name = info.filename ?? fieldName;
        fail(new ProblemError('attachment_too_large', { detail: `"${name}" is larger than ${limits.maxFileBytes} bytes.` }));
      });
      stream.on('end', () => {
        if (settled) return;
        const content = Buffer.concat(chunks);
        // A browser sends an empty, nameless part for a file input left blank: that is "no file", not an empty one.
        if (content.length === 0 && !info.filename) return;
        files.push({ fieldName, claimedName: info.filename, claimedType: info.mimeType, content });
      });
    });
    parser.on('filesLimit', () =>
      fail(new ProblemError('too_many_attachments', { detail: `At most ${limits.maxFiles} files may be attached at once.` })),
    );
    parser.on('fieldsLimit', () => fail(new ProblemError('payload_too_large', { detail: `At most ${maxFields} fields.` })));
    parser.on('error', (error) => fail(new ProblemError('malformed_multipart', { detail: (error as Error).message, cause: error })));
    parser.on('close', () => {
      if (settled) return;
      settled = true;
      resolve({ fields, files });
    });
    req.on('close', () => {
      if (!req.complete) fail(new ProblemError('malformed_multipart', { detail: 'The upload was interrupted.' }));
    });
    req.pipe(parser);
  });
}

/**
 * A request body that is JSON, or multipart/form-data carrying files. Flat forms (a reply: `body`, `visibility`)
 * come back as their fields; a nested body (a ticket with its requester) travels as JSON in the `jsonField` part
 * beside the files, so both encodings are validated by the same zod schema.
 */
export async function readBodyWithFiles(
  req: Request,
  limits: UploadLimits,
  options: { jsonField?: string } = {},
): Promise<{ body: unknown; files: UploadedFile[] }> {
  if (req.is('multipart/form-data')) {
    const { fields, files } = await parseMultipart(req, limits);
    if (!options.jsonField) return { body: fields, files };
    const json = fields[options.jsonField];
    if (json === undefined) {
      const missing = { field: options.jsonField, code: 'required', message: 'The JSON part is missing.' };
      throw new ProblemError('validation_failed', { errors: [missing] });
    }
    try {
      return { body: JSON.parse(json) as unknown, files };
    } catch (error) {
      throw new ProblemError('malformed_json', { detail: `The "${options.jsonField}" part is not valid JSON.`, cause: error });
    }
  }
  if (req.is('application/json') === false) {
    throw new ProblemError('unsupported_media_type', { detail: 'Send application/json, or multipart/form-data with files.' });
  }
  return { body: req.body ?? {}, files: [] };
}
