import type { Request } from 'express';
import busboy from 'busboy';
import type { Config } from '../config.js';
import { ProblemError } from '../http/errors.js';
import { assertStorableText } from '../http/unstorable-text.js';
import { uploadBudgetSpent, type UploadBudget } from '../http/upload-budget.js';

/** One file as it arrived: the sender's name and claimed type are kept only to be distrusted later. */
export type UploadedFile = { fieldName: string; claimedName: string | undefined; claimedType: string; content: Buffer<ArrayBuffer> };

export type MultipartBody = { fields: Record<string, string>; files: UploadedFile[] };

export type UploadLimits = { maxFileBytes: number; maxFiles: number; budget: UploadBudget };

export function uploadLimits(config: Pick<Config, 'attachmentMaxBytes' | 'attachmentMaxFiles'>, budget: UploadBudget): UploadLimits {
  return { maxFileBytes: config.attachmentMaxBytes, maxFiles: config.attachmentMaxFiles, budget };
}

/**
 * Checks that run on the text fields before the first byte of any file is read (validation, rate limits): a
 * request that will be refused costs no memory for its files. Runs once, when the first file part starts or, for
 * a request without files, at the end.
 */
export type BeforeFiles = (fields: Record<string, string>) => Promise<void>;

/** Text fields are small (a reply is at most 20,000 characters, up to 4 bytes each); a larger one is an abuse. */
const maxFieldBytes = 128 * 1024;
const maxFields = 20;

/**
 * Reads a multipart/form-data request, enforcing the limits while the bytes stream in: the first file to pass
 * `maxFileBytes`, the first file beyond `maxFiles`, or the first chunk past the server-wide upload budget stops
 * the parse at once with a problem. Every stream involved has an error path: a body cut off mid-file is a 400,
 * never an uncaught error. Nothing is stored here; the caller stores the files once every check has passed.
 * The bytes stay reserved in the budget until the response is finished, since the caller still holds them.
 */
export function parseMultipart(req: Request, limits: UploadLimits, beforeFiles?: BeforeFiles): Promise<MultipartBody> {
  if (!req.is('multipart/form-data')) {
    return Promise.reject(new ProblemError('unsupported_media_type', { detail: 'Send multipart/form-data.' }));
  }
  let reserved = 0;
  const releaseAll = () => {
    limits.budget.release(reserved);
    reserved = 0;
  };
  if (req.res) req.res.once('close', releaseAll);
  else req.once('close', releaseAll);

  return new Promise((resolve, reject) => {
    const fields: Record<string, string> = {};
    const files: UploadedFile[] = [];
    let settled = false;
    let parser: busboy.Busboy;
    let gate: Promise<void> | undefined;
    const openGate = () => (gate ??= beforeFiles ? beforeFiles({ ...fields }) : Promise.resolve());

    const fail = (problem: unknown): void => {
      if (settled) return;
      settled = true;
      files.length = 0;
      releaseAll();
      // Stop parsing but keep reading (and discarding) the request, so the client can receive our answer.
      req.unpipe(parser);
      parser.removeAllListeners('file');
      parser.on('error', () => undefined);
      req.resume();
      reject(problem);
    };
    const malformed = (error: unknown) =>
      fail(new ProblemError('malformed_multipart', { detail: error instanceof Error ? error.message : 'The multipart body is malformed.', cause: error }));

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
      // Busboy reports a body cut off inside this file on the file's own stream: without this listener the
      // error would be thrown from the event emitter and end the process.
      stream.on('error', malformed);
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('limit', () => {
        chunks.length = 0;
        const name = info.filename ?? fieldName;
        fail(new ProblemError('attachment_too_large', { detail: `"${name}" is larger than ${limits.maxFileBytes} bytes.` }));
      });
      stream.on('end', () => {
        if (settled) return;
        const content = Buffer.concat(chunks, size);
        chunks.length = 0;
        // A browser sends an empty, nameless part for a file input left blank: that is "no file", not an empty one.
        if (content.length === 0 && !info.filename) return;
        files.push({ fieldName, claimedName: info.filename, claimedType: info.mimeType, content });
      });
      // Until the checks on the text fields pass, the file is not read: busboy then stops reading the request.
      openGate().then(
        () => {
          if (settled) {
            stream.resume();
            return;
          }
          stream.on('data', (chunk: Buffer) => {
            if (settled) return;
            if (!limits.budget.tryReserve(chunk.length)) return fail(uploadBudgetSpent());
            reserved += chunk.length;
            size += chunk.length;
            chunks.push(chunk);
          });
        },
        (error: unknown) => {
          stream.resume();
          fail(error);
        },
      );
    });
    parser.on('filesLimit', () =>
      fail(new ProblemError('too_many_attachments', { detail: `At most ${limits.maxFiles} files may be attached at once.` })),
    );
    parser.on('fieldsLimit', () => fail(new ProblemError('payload_too_large', { detail: `At most ${maxFields} fields.` })));
    parser.on('error', malformed);
    parser.on('close', () => {
      if (settled) return;
      openGate().then(
        () => {
          if (settled) return;
          settled = true;
          resolve({ fields, files });
        },
        fail,
      );
    });
    req.on('error', malformed);
    req.on('close', () => {
      if (!req.complete) fail(new ProblemError('malformed_multipart', { detail: 'The upload was interrupted.' }));
    });
    req.pipe(parser);
  });
}

/**
 * A request body that is JSON, or multipart/form-data carrying files. Flat forms (a reply: `body`, `visibility`)
 * come back as their fields; a nested body (a ticket with its requester) travels as JSON in the `jsonField` part
 * beside the files, so both encodings are validated by the same zod schema. `beforeFiles` gets the body (as the
 * caller will see it) before any file is read; it should validate it and apply rate limits.
 */
export async function readBodyWithFiles(
  req: Request,
  limits: UploadLimits,
  options: { jsonField?: string; beforeFiles?: (body: unknown) => Promise<void> } = {},
): Promise<{ body: unknown; files: UploadedFile[] }> {
  if (req.is('multipart/form-data')) {
    const bodyOf = (fields: Record<string, string>): unknown => {
      assertStorableText(fields);
      if (!options.jsonField) return fields;
      const json = fields[options.jsonField];
      if (json === undefined) {
        const missing = { field: options.jsonField, code: 'required', message: 'The JSON part is missing; send it before the files.' };
        throw new ProblemError('validation_failed', { errors: [missing] });
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(json);
      } catch (error) {
        throw new ProblemError('malformed_json', { detail: `The "${options.jsonField}" part is not valid JSON.`, cause: error });
      }
      assertStorableText(parsed);
      return parsed;
    };
    const check = options.beforeFiles;
    const { fields, files } = await parseMultipart(req, limits, async (early) => {
      if (check) await check(bodyOf(early));
    });
    return { body: bodyOf(fields), files };
  }
  if (req.is('application/json') === false) {
    throw new ProblemError('unsupported_media_type', { detail: 'Send application/json, or multipart/form-data with files.' });
  }
  const body: unknown = req.body ?? {};
  await options.beforeFiles?.(body);
  return { body, files: [] };
}
