/**
 * What a file really is, decided from its bytes: the uploader's file name and claimed Content-Type are
 * ignored, because both are whatever the sender wants them to be.
 */
export const allowedContentTypes = [
  'text/plain',
  'application/json',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/pdf',
  'application/zip',
  'application/gzip',
] as const;

export type AllowedContentType = (typeof allowedContentTypes)[number];

export type Sniffed =
  | { verdict: 'allowed'; contentType: AllowedContentType }
  /** A program or script: refused whatever it is called. */
  | { verdict: 'executable'; kind: string }
  | { verdict: 'unknown' };

type Signature = { offset?: number; bytes: number[] };

const binaryTypes: { contentType: AllowedContentType; signatures: Signature[] }[] = [
  { contentType: 'image/png', signatures: [{ bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }] },
  { contentType: 'image/jpeg', signatures: [{ bytes: [0xff, 0xd8, 0xff] }] },
  { contentType: 'image/gif', signatures: [{ bytes: [...Buffer.from('GIF87a')] }, { bytes: [...Buffer.from('GIF89a')] }] },
  { contentType: 'image/webp', signatures: [{ bytes: [...Buffer.from('RIFF')] }] }, // plus "WEBP" at 8, checked below
  { contentType: 'application/pdf', signatures: [{ bytes: [...Buffer.from('%PDF-')] }] },
  // Local file header, and the end-of-central-directory record of an empty archive.
  { contentType: 'application/zip', signatures: [{ bytes: [0x50, 0x4b, 0x03, 0x04] }, { bytes: [0x50, 0x4b, 0x05, 0x06] }] },
  { contentType: 'application/gzip', signatures: [{ bytes: [0x1f, 0x8b, 0x08] }] },
];

const executables: { kind: string; signatures: Signature[] }[] = [
  { kind: 'Windows executable (MZ)', signatures: [{ bytes: [0x4d, 0x5a] }] },
  { kind: 'ELF executable', signatures: [{ bytes: [0x7f, 0x45, 0x4c, 0x46] }] },
  {
    kind: 'Mach-O executable',
    signatures: [
      { bytes: [0xfe, 0xed, 0xfa, 0xce] },
      { bytes: [0xfe, 0xed, 0xfa, 0xcf] },
      { bytes: [0xce, 0xfa, 0xed, 0xfe] },
      { bytes: [0xcf, 0xfa, 0xed, 0xfe] },
      { bytes: [0xca, 0xfe, 0xba, 0xbe] }, // universal binary (also a Java class file: refused as well)
    ],
  },
  { kind: 'script (#!)', signatures: [{ bytes: [0x23, 0x21] }, { bytes: [0xef, 0xbb, 0xbf, 0x23, 0x21] }] },
];

function matches(content: Uint8Array, { offset = 0, bytes }: Signature): boolean {
  return content.length >= offset + bytes.length && bytes.every((byte, i) => content[offset + i] === byte);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Valid UTF-8 without NUL bytes is text; a NUL or an invalid sequence means binary data. */
function decodeText(content: Uint8Array): string | null {
  if (content.includes(0)) return null;
  try {
    return utf8.decode(content);
  } catch {
    return null;
  }
}

function isJson(text: string): boolean {
  // Only objects and arrays: a file holding just `42` or `"x"` is more usefully called text.
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!/^[[{]/.test(trimmed)) return false;
  try {
    JSON.parse(trimmed);
    return true;
  } catch {
    return false;
  }
}

export function sniffContentType(content: Uint8Array): Sniffed {
  for (const { kind, signatures } of executables) {
    if (signatures.some((signature) => matches(content, signature))) return { verdict: 'executable', kind };
  }
  for (const { contentType, signatures } of binaryTypes) {
    if (!signatures.some((signature) => matches(content, signature))) continue;
    if (contentType === 'image/webp' && !matches(content, { offset: 8, bytes: [...Buffer.from('WEBP')] })) continue;
    return { verdict: 'allowed', contentType };
  }
  const text = decodeText(content);
  if (text === null) return { verdict: 'unknown' };
  return { verdict: 'allowed', contentType: isJson(text) ? 'application/json' : 'text/plain' };
}
