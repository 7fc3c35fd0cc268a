import type { AllowedContentType } from './sniff.js';

const maxNameLength = 120;

/** Extensions that open as a program or as active content when someone double-clicks the downloaded file. */
const activeExtensions = new Set(
  ('exe com bat cmd ps1 psm1 vbs vbe js jse wsf wsh hta msi msp scr pif cpl dll jar lnk reg sh bash zsh csh ' +
    'command app dmg pkg deb rpm apk html htm xhtml shtml svg svgz xml xsl mht mhtml url desktop py pl rb php')
    .split(' '),
);

/** Extensions that honestly describe each binary type; any other gets the canonical one appended. */
const binaryExtensions: Partial<Record<AllowedContentType, string[]>> = {
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg', 'jfif'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'application/pdf': ['pdf'],
  // Office documents are ZIP containers; macro-enabled ones (docm, xlsm) are not on the list.
  'application/zip': ['zip', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp'],
  'application/gzip': ['gz', 'tgz'],
};

const canonicalExtension: Record<AllowedContentType, string> = {
  'text/plain': 'txt',
  'application/json': 'json',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
  'application/zip': 'zip',
  'application/gzip': 'gz',
};

const windowsDeviceName = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

/**
 * A file name that is safe to show and to put in Content-Disposition: no directories (`../../etc/passwd` →
 * `passwd`), no control or bidi-override characters (which disguise `exe` as `txt`), no characters Windows
 * forbids, no leading dots, a bounded length, and an extension that cannot make the saved file run as a program
 * (`run.bat` → `run.bat.txt`). Letters of every script are kept: `日志.log` stays `日志.log`.
 */
export function safeFilename(claimed: string | undefined, contentType: AllowedContentType): string {
  let name = (claimed ?? '').normalize('NFC');
  name = name.split(/[/\\]/).pop() ?? '';
  name = name
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (windowsDeviceName.test(name)) name = `_${name}`;
  return withHonestExtension(truncate(name) || 'attachment', contentType);
}

function withHonestExtension(name: string, contentType: AllowedContentType): string {
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  const allowed = binaryExtensions[contentType];
  const honest = allowed ? allowed.includes(extension) : !activeExtensions.has(extension);
  return honest ? name : `${name}.${canonicalExtension[contentType]}`;
}

/** Cuts the stem, never the extension, counting characters rather than UTF-16 units so no letter is split. */
function truncate(name: string): string {
  const characters = [...name];
  if (characters.length <= maxNameLength) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? [...name.slice(dot)].slice(0, 16) : [];
  return characters.slice(0, maxNameLength - extension.length).join('').trimEnd() + extension.join('');
}

/** RFC 6266 / 5987: a plain ASCII `filename` for old clients and the exact name as `filename*`. */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
