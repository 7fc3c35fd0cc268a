// Small helpers for the generated API reference, which is MDX: text outside code must not read as JSX.
export type Schema = Record<string, unknown>;
export type Locale = 'zh-Hans' | 'en';

/**
 * One table cell. Outside code spans, braces, angle brackets and pipes become entities (MDX would read them as
 * JSX, GFM as a column break); inside a code span only the pipe needs escaping, and braces stay readable.
 */
export function cell(text: string): string {
  return text
    .replace(/\n/g, ' ')
    .split(/(`[^`]*`)/)
    .map((part, index) => (index % 2 === 1 ? part.replace(/\|/g, '\\|') : part.replace(/[{}<>|]/g, (c) => `&#${c.charCodeAt(0)};`)))
    .join('');
}

/** A fenced code block; the fence is longer than any run of backticks inside. */
export function fence(language: string, code: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${language}\n${code}\n${ticks}`;
}

/** The field's text in the page's language: the Chinese one on the zh-Hans pages, the English one elsewhere. */
export function described(node: { description?: unknown; 'x-description-zh'?: unknown }, locale: Locale): string {
  const text = locale === 'zh-Hans' ? (node['x-description-zh'] ?? node.description) : node.description;
  return typeof text === 'string' ? text : '';
}

export function typeOf(schema: Schema): string {
  if ('const' in schema) return JSON.stringify(schema.const);
  if (Array.isArray(schema.enum)) return schema.enum.map(String).join(' | ');
  if (schema.type === 'array') return `${typeOf((schema.items as Schema) ?? {})}[]`;
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Schema[]).map(typeOf).join(' or ');
  if (Array.isArray(schema.oneOf)) return 'object';
  const type = Array.isArray(schema.type) ? schema.type.join(' or ') : schema.type;
  return [type, schema.format].filter(Boolean).join(', ') || 'any';
}
