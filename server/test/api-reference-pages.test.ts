import { describe, expect, it } from 'vitest';
import { curlMultipartSnippet, curlSnippet, exampleCall, javascriptSnippet, type SnippetOperation } from '../../scripts/api-docs/snippets.js';
import { renderApiReference } from '../../scripts/generate-api-docs.js';
import { openApiDocument, routeSpecs } from '../src/openapi/specs.js';

const document = openApiDocument() as unknown as { paths: Record<string, Record<string, SnippetOperation>> };
const operation = (operationId: string) => {
  const spec = routeSpecs.find((s) => s.operationId === operationId)!;
  return { spec, op: document.paths[spec.path]![spec.method]! };
};
const call = (operationId: string) => {
  const { spec, op } = operation(operationId);
  return exampleCall(spec.method, spec.path, op);
};

describe('the API reference pages', () => {
  const pages = [...renderApiReference()];

  it('show, in both languages, curl and JavaScript snippets and the response examples for every operation', () => {
    for (const spec of routeSpecs) {
      for (const [file, page] of pages.filter(([, page]) => page.includes(`{#${spec.operationId}}`))) {
        const section = page.slice(page.indexOf(`{#${spec.operationId}}`)).split('\n## ')[0]!;
        expect(section, `${spec.operationId} in ${file}`).toContain('<TabItem value="curl" label="curl">');
        expect(section, `${spec.operationId} in ${file}`).toContain('<TabItem value="javascript" label="JavaScript">');
        for (const status of Object.keys(spec.responses)) {
          if (spec.responses[Number(status)]!.schema) expect(section, `${spec.operationId} ${status} in ${file}`).toContain(`<TabItem value="${status}" label="${status}">`);
        }
      }
    }
    expect(pages.filter(([, page]) => page.includes('{#fileTicket}'))).toHaveLength(2);
  });

  it('give Chinese descriptions on the Chinese pages and English ones on the English pages', () => {
    const [zh] = pages.find(([file]) => file.endsWith('docs/api/reference/tickets.md'))!.slice(1);
    const [en] = pages.find(([file]) => file.endsWith('current/api/reference/tickets.md'))!.slice(1);
    expect(zh).toContain('| `requester.name` | 是 | string | 提交人的姓名。 |');
    expect(en).toContain('| `requester.name` | yes | string | The requester’s name. |');
    expect(zh).toContain('"title": "请求中有字段无效"');
    expect(en).toContain('"title": "The request has invalid fields"');
  });

  it('authenticate each snippet the way its callers do', () => {
    expect(curlSnippet(call('listTickets'), 'en')).toContain('-H "Authorization: Bearer $HANDOVER_TOKEN"');
    expect(curlSnippet(call('getLinkedTicket'), 'en')).toContain('-H "Authorization: Bearer $TRACKING_TOKEN"');
    expect(curlSnippet(call('listMyTickets'), 'en')).toContain('-H "Authorization: Bearer $MY_TICKETS_TOKEN"');
    const session = curlSnippet(call('createApiToken'), 'en');
    expect(session).toContain('-b cookies.txt');
    expect(session).toContain('-H "X-CSRF-Token: $CSRF_TOKEN"');
    expect(session).not.toContain('Authorization');
    expect(curlSnippet(call('login'), 'en')).toContain('-c cookies.txt');
    expect(curlSnippet(call('fileTicket'), 'en')).not.toMatch(/Authorization|cookies/);
    const js = javascriptSnippet(call('createStaff'), '/staff', 'en');
    expect(js).toContain("headers: { 'X-CSRF-Token': csrfToken }");
    expect(js).toContain("credentials: 'include'");
    // Trainees (routes merged from the training feature) use their own cookie and CSRF token.
    const { spec, op } = operation('updateTicket');
    const trainee = curlSnippet(exampleCall(spec.method, spec.path, { ...op, 'x-audience': ['trainee'] }), 'en');
    expect(trainee).toContain('-b cookies.txt');
    expect(trainee).toContain('-H "X-CSRF-Token: $CSRF_TOKEN"');
  });

  it('send files as multipart: the ticket as JSON in its part, a message’s fields as text parts', () => {
    const ticket = curlMultipartSnippet(call('fileTicket'), 'zh-Hans');
    expect(ticket).toContain("cat > ticket.json <<'JSON'");
    expect(ticket).toContain("-F 'ticket=<ticket.json;type=application/json'");
    expect(ticket).toContain("-F 'files=@backup-2026-11-30.log;type=text/plain'");
    const message = curlMultipartSnippet(call('addTicketMessage'), 'zh-Hans');
    expect(message).toContain("--form-string 'visibility=public'");
  });

  it('quote for the shell, and send GET query parameters url-encoded', () => {
    const { spec, op } = operation('createSavedReply');
    const snippet = curlSnippet(exampleCall(spec.method, spec.path, op), 'en');
    expect(snippet).toContain(`today’s`);
    const quoted = curlSnippet({ ...exampleCall(spec.method, spec.path, op), body: { name: "O'Brien" } }, 'en');
    expect(quoted).toContain(`"name": "O'\\''Brien"`);
    expect(curlSnippet(call('search'), 'zh-Hans')).toContain("--data-urlencode 'q=备份 恢复'");
  });
});
