/** The server's upload limits, as GET /support/settings reports them. */
export type UploadLimits = {maxFileBytes: number; maxFiles: number; allowedTypes: string[]};

/** The server's problem codes that are about the files of a request: a form shows them beside its attachments. */
export const attachmentProblems: ReadonlySet<string> = new Set(['attachment_too_large', 'too_many_attachments', 'attachment_type_not_allowed', 'empty_attachment', 'payload_too_large']);

export type Refusal = {name: string; reason: 'too_large' | 'too_many' | 'type' | 'empty'};

// Browsers report a type from the file name; these are the names they give the server's allowed types.
const aliases: Record<string, string> = {
  'application/x-zip-compressed': 'application/zip',
  'application/x-gzip': 'application/gzip',
  'application/x-tar+gzip': 'application/gzip',
  'image/jpg': 'image/jpeg',
};
// The server refuses programs and scripts by their content; refusing their usual names here saves an upload.
const programNames = /\.(exe|msi|dll|com|bat|cmd|ps1|sh|bash|zsh|vbs|js|mjs|jar|app|dmg|deb|rpm|apk|elf|so|dylib|bin|py|pl|rb)$/i;
// Logs and configuration often have no type the browser knows; as text the server accepts them.
const textish = /^(text\/|application\/(json|xml|x-yaml|yaml|x-ndjson|sql)$)/;

export function typeAllowed(file: File, allowed: string[]): boolean {
  if (programNames.test(file.name)) return false;
  const type = aliases[file.type] ?? file.type;
  if (allowed.includes(type)) return true;
  return allowed.includes('text/plain') && (type === '' || textish.test(type));
}

/**
 * Which of `added` may join `current` under the server's limits, and why the others may not. The server checks
 * the same limits (and the content) again; these spare the customer a long upload that would be refused.
 */
export function admitFiles(current: File[], added: File[], limits: UploadLimits): {accepted: File[]; refused: Refusal[]} {
  const accepted: File[] = [];
  const refused: Refusal[] = [];
  for (const file of added) {
    if (file.size === 0) refused.push({name: file.name, reason: 'empty'});
    else if (file.size > limits.maxFileBytes) refused.push({name: file.name, reason: 'too_large'});
    else if (!typeAllowed(file, limits.allowedTypes)) refused.push({name: file.name, reason: 'type'});
    else if (current.length + accepted.length >= limits.maxFiles) refused.push({name: file.name, reason: 'too_many'});
    else accepted.push(file);
  }
  return {accepted, refused};
}

export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(locale, {maximumFractionDigits: unit === 0 ? 0 : 1}).format(value)} ${units[unit]}`;
}

/** The file picker's `accept`: the allowed types and the names logs usually have. */
export function acceptList(allowed: string[]): string {
  const extra = allowed.includes('text/plain') ? ['.log', '.txt', '.out', '.csv', '.yaml', '.yml', '.conf', '.ini', '.xml', '.json', '.md'] : [];
  return [...allowed, ...extra].join(',');
}
