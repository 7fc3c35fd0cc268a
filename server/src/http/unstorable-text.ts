import type { RequestHandler } from 'express';
import { ProblemError, type FieldError } from './errors.js';

/**
 * Text that no column can hold or no e-mail can carry: a NUL character (PostgreSQL text refuses it) or half of a
 * UTF-16 surrogate pair (it has no UTF-8 form). JSON and query strings can express both, so every string a
 * client sends is checked once here, before any schema or database sees it, and refused naming its field.
 */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const unstorable = (text: string) => text.includes('\u0000') || loneSurrogate.test(text);

export function unstorableTextErrors(value: unknown, path: string[] = [], errors: FieldError[] = []): FieldError[] {
  if (errors.length >= 20) return errors;
  if (typeof value === 'string') {
    if (value.includes('\u0000')) errors.push({ field: fieldName(path), code: 'invalid_text', message: 'must not contain NUL characters' });
    else if (loneSurrogate.test(value)) errors.push({ field: fieldName(path), code: 'invalid_text', message: 'must be valid Unicode (a lone surrogate was sent)' });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => unstorableTextErrors(item, [...path, String(index)], errors));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (unstorable(key)) {
        errors.push({ field: [...path, '(key)'].join('.'), code: 'invalid_text', message: 'field names must be valid text' });
      } else unstorableTextErrors(item, [...path, key], errors);
    }
  }
  return errors;
}

function fieldName(path: string[]): string {
  return path.length > 0 ? path.join('.') : '(root)';
}

export function assertStorableText(value: unknown): void {
  const errors = unstorableTextErrors(value);
  if (errors.length > 0) throw new ProblemError('validation_failed', { errors });
}

/** Checks the JSON body and the query string of every API request. Multipart fields are checked where parsed. */
export const refuseUnstorableText: RequestHandler = (req, _res, next) => {
  assertStorableText(req.query);
  if (req.body !== undefined) assertStorableText(req.body);
  next();
};
