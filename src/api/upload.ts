import {ApiError, problemFrom, unreachable} from './problem';
import {currentCsrfToken} from './client';
import {fileFractions} from './progress';

type Options = {
  /** Text parts, sent in this order before any file (the server validates them before it reads a file byte). */
  fields: Record<string, string>;
  files: File[];
  token?: string;
  /** One fraction (0–1) per file, in the order given. */
  onProgress?: (fractions: number[]) => void;
  signal?: AbortSignal;
};

/**
 * POSTs multipart/form-data and reports upload progress per file. fetch() cannot report upload progress, so this
 * one call uses XMLHttpRequest; its answer is parsed and its failures classified exactly as `call()` does.
 */
export function postMultipart<T>(path: string, {fields, files, token, onProgress, signal}: Options): Promise<T> {
  const form = new FormData();
  let fieldBytes = 0;
  for (const [name, value] of Object.entries(fields)) {
    form.append(name, value);
    fieldBytes += new Blob([value]).size;
  }
  for (const file of files) form.append('files', file, file.name);

  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1${path}`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', document.documentElement.lang || 'zh-Hans');
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    else if (currentCsrfToken()) xhr.setRequestHeader('X-CSRF-Token', currentCsrfToken()!);
    xhr.upload.onprogress = (event) => onProgress?.(fileFractions(files, fieldBytes, event.loaded, event.total));
    xhr.onerror = () => reject(unreachable());
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    xhr.onload = () => {
      const response = new Response(xhr.status === 204 ? null : xhr.responseText, {
        status: xhr.status,
        headers: {'content-type': xhr.getResponseHeader('content-type') ?? '', 'retry-after': xhr.getResponseHeader('retry-after') ?? ''},
      });
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // not JSON: classified below
      }
      if (xhr.status >= 200 && xhr.status < 300 && body !== null) {
        onProgress?.(files.map(() => 1));
        resolve(body as T);
      } else {
        reject(xhr.status >= 200 && xhr.status < 300 ? unreachable() : problemFrom(response, body));
      }
    };
    signal?.addEventListener('abort', () => xhr.abort(), {once: true});
    xhr.send(form);
  });
}

export {ApiError};
