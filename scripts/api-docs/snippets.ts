// The curl and JavaScript snippets of each operation, made from its example call in the OpenAPI document: its path
// and query parameters, its body, and the credentials its audience uses (docs/api/authentication.md).
import { examplePublicUrl } from '../../server/src/openapi/document.js';
import type { Locale, Schema } from './markdown.js';

export type SnippetOperation = {
  operationId: string;
  'x-audience': string[];
  'x-stream'?: boolean;
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string; example?: unknown }[];
  requestBody?: { content: Record<string, { schema: Schema; example?: unknown; 'x-json-part'?: string }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
};

type Credential = 'none' | 'session' | 'trainee-session' | 'api-token' | 'tracking-link' | 'my-tickets-link';

/** How the example authenticates: a session-only route needs the cookie and CSRF token, the rest a bearer token. */
export function credentialOf(op: SnippetOperation): Credential {
  // Trainees sign in from an e-mailed link to a cookie of their own (ho_trainee), written to with a CSRF token too.
  if (op['x-audience'][0] === 'trainee') return 'trainee-session';
  const schemes = (op.security ?? []).flatMap((requirement) => Object.keys(requirement));
  if (schemes.includes('session') && !schemes.includes('bearer')) return 'session';
  if (!schemes.includes('bearer')) return 'none';
  const first = op['x-audience'][0];
  return first === 'ticket-link' ? 'tracking-link' : first === 'requester' ? 'my-tickets-link' : 'api-token';
}

const tokenVariables: Record<'api-token' | 'tracking-link' | 'my-tickets-link', { shell: string; prefix: string }> = {
  'api-token': { shell: 'HANDOVER_TOKEN', prefix: 'hop_' },
  'tracking-link': { shell: 'TRACKING_TOKEN', prefix: 'hot_' },
  'my-tickets-link': { shell: 'MY_TICKETS_TOKEN', prefix: 'hom_' },
};

/** One sentence above the snippets naming what the credential in them is and where it comes from. */
export function credentialNote(op: SnippetOperation, locale: Locale): string {
  const credential = credentialOf(op);
  const link = '../authentication.md';
  const zh = {
    none: `无需凭据。`,
    'trainee-session': `学员从邮件中的登录链接登录后得到 Cookie \`ho_trainee\`：curl 示例使用保存它的 Cookie 文件 \`cookies.txt\`，写请求另需 \`$CSRF_TOKEN\`（\`GET /training/me\` 响应中的 CSRF 令牌）；浏览器中同源调用会自动带上 Cookie。`,
    session: `只接受已登录的控制台会话：curl 示例使用 \`POST /auth/login\` 保存的 Cookie 文件 \`cookies.txt\`，\`$CSRF_TOKEN\` 是登录响应中的 \`csrfToken\`；浏览器中同源调用会自动带上 Cookie。见 [认证与访问控制](${link})。`,
    'api-token': `\`$HANDOVER_TOKEN\` 是个人 API 令牌（\`hop_…\`）；在控制台中登录时也可以改用会话 Cookie 加 \`X-CSRF-Token\`。见 [认证与访问控制](${link})。`,
    'tracking-link': `\`$TRACKING_TOKEN\` 是工单跟踪链接中 \`#token=\` 之后的令牌（\`hot_…\`）。见 [认证与访问控制](${link})。`,
    'my-tickets-link': `\`$MY_TICKETS_TOKEN\` 是“我的工单”链接中 \`#token=\` 之后的令牌（\`hom_…\`）。见 [认证与访问控制](${link})。`,
  };
  const en = {
    none: `No credentials needed.`,
    'trainee-session': `A trainee signs in from the e-mailed link and gets the \`ho_trainee\` cookie: the curl example uses the cookie file \`cookies.txt\` holding it, and writes also send \`$CSRF_TOKEN\` (the CSRF token of \`GET /training/me\`); in the browser a same-origin call sends the cookie by itself.`,
    session: `Only a signed-in console session: the curl example uses the cookie file \`cookies.txt\` saved by \`POST /auth/login\`, and \`$CSRF_TOKEN\` is the \`csrfToken\` of its answer; in the browser a same-origin call sends the cookie by itself. See [Authentication](${link}).`,
    'api-token': `\`$HANDOVER_TOKEN\` is a personal API token (\`hop_…\`); signed in to the console, the session cookie with \`X-CSRF-Token\` works too. See [Authentication](${link}).`,
    'tracking-link': `\`$TRACKING_TOKEN\` is the token after \`#token=\` in the ticket's tracking link (\`hot_…\`). See [Authentication](${link}).`,
    'my-tickets-link': `\`$MY_TICKETS_TOKEN\` is the token after \`#token=\` in the “my tickets” link (\`hom_…\`). See [Authentication](${link}).`,
  };
  return (locale === 'zh-Hans' ? zh : en)[credential];
}

type Call = {
  method: string;
  url: string;
  path: Record<string, unknown>;
  query: [string, string][];
  queryObject: Record<string, unknown>;
  body: unknown;
  jsonPart?: string;
  multipart: boolean;
  credential: Credential;
  /** openapi-fetch's parseAs for the success answer. */
  parseAs: 'json' | 'text' | 'blob';
  stream: boolean;
  savesSession: boolean;
};

export function exampleCall(method: string, route: string, op: SnippetOperation): Call {
  const path: Record<string, unknown> = {};
  const queryObject: Record<string, unknown> = {};
  const query: [string, string][] = [];
  for (const p of op.parameters ?? []) {
    if (p.example === undefined) continue;
    if (p.in === 'path') path[p.name] = p.example;
    if (p.in === 'query') {
      queryObject[p.name] = p.example;
      for (const value of Array.isArray(p.example) ? p.example : [p.example]) query.push([p.name, String(value)]);
    }
  }
  const url = `${examplePublicUrl}/api/v1${route.replace(/\{(\w+)\}/g, (whole, name: string) => encodeURIComponent(String(path[name] ?? whole)))}`;
  const content = op.requestBody?.content ?? {};
  const success = Object.entries(op.responses).find(([status]) => status.startsWith('2'))?.[1];
  const type = Object.keys(success?.content ?? {})[0] ?? 'application/json';
  const successSchema = Object.values(success?.content ?? {})[0]?.schema as { properties?: Record<string, unknown> } | undefined;
  return {
    method: method.toUpperCase(),
    url,
    path,
    query,
    queryObject,
    body: content['application/json']?.example,
    jsonPart: content['multipart/form-data']?.['x-json-part'],
    multipart: 'multipart/form-data' in content,
    credential: credentialOf(op),
    parseAs: type.includes('json') ? 'json' : type === 'application/octet-stream' || type === 'message/rfc822' ? 'blob' : 'text',
    stream: op['x-stream'] === true,
    savesSession: op['x-audience'].includes('anyone') && Boolean(successSchema?.properties?.csrfToken),
  };
}

const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
const exampleFile = 'backup-2026-11-30.log';

function curlAuth(call: Call): string[] {
  if (call.credential === 'none') return call.savesSession ? ['-c cookies.txt'] : [];
  if (call.credential === 'session' || call.credential === 'trainee-session') {
    return ['-b cookies.txt', ...(call.method === 'GET' ? [] : ['-H "X-CSRF-Token: $CSRF_TOKEN"'])];
  }
  return [`-H "Authorization: Bearer $${tokenVariables[call.credential].shell}"`];
}

function curlUrl(call: Call): string[] {
  if (!call.query.length) return [shellQuote(call.url)];
  if (call.method === 'GET') return ['-G', shellQuote(call.url), ...call.query.map(([name, value]) => `--data-urlencode ${shellQuote(`${name}=${value}`)}`)];
  return [shellQuote(`${call.url}?${new URLSearchParams(call.query).toString()}`)];
}

/** The command and its URL on the first line, one option a line after. */
function joinCurl(parts: string[]): string {
  const urlAt = parts.findIndex((part) => part.startsWith(`'http`));
  const head = parts.slice(0, urlAt + 1).join(' ');
  return [head, ...parts.slice(urlAt + 1).map((part) => `  ${part}`)].join(' \\\n');
}

export function curlSnippet(call: Call, locale: Locale): string {
  const parts = [call.method === 'GET' ? 'curl' : `curl -X ${call.method}`];
  if (call.stream) parts[0] = 'curl -N';
  parts.push(...curlUrl(call), ...curlAuth(call), `-H 'Accept-Language: ${locale}'`);
  if (call.body !== undefined) parts.push(`-H 'Content-Type: application/json'`, `--data-raw ${shellQuote(JSON.stringify(call.body, null, 2))}`);
  return joinCurl(parts);
}

/**
 * The same call as multipart/form-data with one log file attached. The JSON part is read from a file (`<file`), and
 * text parts go as `--form-string`, so that nothing in them reads as curl's own `@file` or `;type=` syntax.
 */
export function curlMultipartSnippet(call: Call, locale: Locale): string {
  const parts = [`curl -X ${call.method}`, ...curlUrl(call), ...curlAuth(call), `-H 'Accept-Language: ${locale}'`];
  const before: string[] = [];
  if (call.jsonPart) {
    before.push(`cat > ${call.jsonPart}.json <<'JSON'`, JSON.stringify(call.body, null, 2), 'JSON', '');
    parts.push(`-F '${call.jsonPart}=<${call.jsonPart}.json;type=application/json'`);
  } else {
    for (const [name, value] of Object.entries((call.body as Record<string, unknown>) ?? {})) {
      parts.push(`--form-string ${shellQuote(`${name}=${typeof value === 'string' ? value : JSON.stringify(value)}`)}`);
    }
  }
  parts.push(`-F 'files=@${exampleFile};type=text/plain'`);
  return [...before, joinCurl(parts)].join('\n');
}

const quote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;

/** A value as a JavaScript literal in the style of the site's code: single quotes, bare keys, short values on one line. */
function literal(value: unknown, indent: string): string {
  if (typeof value === 'string') return quote(value);
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  const entries = Array.isArray(value)
    ? value.map((item) => literal(item, inner))
    : Object.entries(value).map(([key, item]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : quote(key)}: ${literal(item, inner)}`);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{ ', ' }'];
  if (!entries.length) return Array.isArray(value) ? '[]' : '{}';
  const oneLine = `${open}${entries.join(', ')}${close}`;
  if (oneLine.length + indent.length <= 100 && !oneLine.includes('\n')) return oneLine;
  return `${open.trim()}\n${entries.map((entry) => `${inner}${entry},`).join('\n')}\n${indent}${close.trim()}`;
}

function jsToken(call: Call, locale: Locale): string[] {
  const zh = locale === 'zh-Hans';
  if (call.credential === 'api-token') return [`const token = process.env.HANDOVER_TOKEN; // hop_…${zh ? '：个人 API 令牌' : ': a personal API token'}`];
  if (call.credential === 'tracking-link' || call.credential === 'my-tickets-link') {
    const prefix = tokenVariables[call.credential].prefix;
    return [`const token = new URLSearchParams(location.hash.slice(1)).get('token'); // ${prefix}…${zh ? '，来自链接的 #token=' : ', from the link’s #token='}`];
  }
  if (call.credential === 'session') return [`const csrfToken = '…'; // ${zh ? '登录响应（或 GET /auth/me）中的 csrfToken' : 'csrfToken from the sign-in answer (or GET /auth/me)'}`];
  if (call.credential === 'trainee-session') return [`const csrfToken = '…'; // ${zh ? 'GET /training/me 响应中的 CSRF 令牌' : 'the CSRF token of GET /training/me'}`];
  return [];
}

function jsHeaders(call: Call): string | null {
  if (call.credential === 'session' || call.credential === 'trainee-session') return call.method === 'GET' ? null : `{ 'X-CSRF-Token': csrfToken }`;
  if (call.credential === 'none') return null;
  return '{ Authorization: `Bearer ${token}` }';
}

export function javascriptSnippet(call: Call, route: string, locale: Locale): string {
  const lines: string[] = [];
  if (call.stream) {
    const zh = locale === 'zh-Hans';
    lines.push(
      `// ${zh ? 'EventSource 不能发送 Authorization 头：在已登录控制台的同源页面中使用（会话 Cookie）。' : 'EventSource cannot send an Authorization header: use it from a same-origin page signed in to the console (session cookie).'}`,
      `const events = new EventSource('${call.url}', { withCredentials: true });`,
      `events.addEventListener('ticket', (event) => console.log(JSON.parse(event.data)));`,
      `events.addEventListener('resync', () => location.reload());`,
    );
    return lines.join('\n');
  }
  lines.push(`import createClient from 'openapi-fetch';`, '', `const api = createClient({ baseUrl: '${examplePublicUrl}/api/v1' });`, ...jsToken(call, locale), '');
  const options: string[] = [];
  const params: string[] = [];
  if (Object.keys(call.path).length) params.push(`path: ${literal(call.path, '    ')}`);
  if (Object.keys(call.queryObject).length) params.push(`query: ${literal(call.queryObject, '    ')}`);
  if (params.length) options.push(`params: {\n    ${params.join(',\n    ')},\n  }`);
  const headers = jsHeaders(call);
  if (headers) options.push(`headers: ${headers}`);
  if (call.credential === 'session' || call.credential === 'trainee-session' || call.savesSession) options.push(`credentials: 'include'`);
  if (call.body !== undefined) options.push(`body: ${literal(call.body, '  ')}`);
  if (call.parseAs !== 'json') options.push(`parseAs: '${call.parseAs}'`);
  const args = options.length ? `, {\n  ${options.join(',\n  ')},\n}` : '';
  lines.push(`const { data, error } = await api.${call.method}('${route}'${args});`);
  lines.push(`if (error) throw new Error(\`\${error.code}: \${error.title}\`); // application/problem+json`);
  return lines.join('\n');
}

/** The same call with fetch and FormData, attaching the file a person chose in an `<input type="file">`. */
export function javascriptMultipartSnippet(call: Call, locale: Locale): string {
  const zh = locale === 'zh-Hans';
  const lines = ['const form = new FormData();'];
  if (call.jsonPart) lines.push(`form.append('${call.jsonPart}', JSON.stringify(${literal(call.body, '')})); // ${zh ? '先放 JSON，再放文件' : 'the JSON first, then the files'}`);
  else for (const [name, value] of Object.entries((call.body as Record<string, unknown>) ?? {})) lines.push(`form.append('${name}', ${quote(typeof value === 'string' ? value : JSON.stringify(value))});`);
  lines.push(`for (const file of document.querySelector('input[type=file]').files) form.append('files', file);`, '');
  const headers = ["'Accept-Language': " + `'${locale}'`];
  if (call.credential === 'session' || call.credential === 'trainee-session') headers.push(`'X-CSRF-Token': csrfToken`);
  else if (call.credential !== 'none') headers.push('Authorization: `Bearer ${token}`');
  lines.unshift(...jsToken(call, locale));
  lines.push(`const response = await fetch('${call.url}', {`, `  method: '${call.method}',`, `  headers: { ${headers.join(', ')} },`, '  body: form,', '});');
  lines.push(`const answer = await response.json(); // ${zh ? '成功时为工单或消息，失败时为 application/problem+json' : 'the ticket or message, or application/problem+json'}`);
  return lines.join('\n');
}
