import MarkdownIt from 'markdown-it';

/** Schemes a rendered link may use; anything else (javascript:, data:, vbscript:, file:) is left as plain text. */
const allowedSchemes = new Set(['http', 'https', 'mailto']);
const linkRel = 'nofollow noopener noreferrer';

// Raw HTML off: a customer's `<script>` or `<img onerror>` is shown as the text they typed, never as markup.
// `breaks` keeps single line breaks, because customers paste log lines and stack traces without blank lines.
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });

markdown.validateLink = (url: string): boolean => {
  // Browsers ignore whitespace and control characters inside a scheme ("java\tscript:"), so judge the URL without them.
  // A colon before the first / ? or # means a scheme, even a disguised one ("java%09script:"): it must be allowed.
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const head = compact.split(/[/?#]/, 1)[0] ?? '';
  const colon = head.indexOf(':');
  return colon === -1 || allowedSchemes.has(head.slice(0, colon).toLowerCase());
};

markdown.renderer.rules.link_open = (tokens, index, options, _env, self) => {
  tokens[index]!.attrSet('rel', linkRel);
  return self.renderToken(tokens, index, options);
};

// Images become plain links: an inline remote image would tell a third party whenever staff open the ticket
// (a tracking pixel). Screenshots belong in attachments, which are served from here.
markdown.renderer.rules.image = (tokens, index) => {
  const token = tokens[index]!;
  const src = String(token.attrGet('src') ?? '');
  return `<a href="${markdown.utils.escapeHtml(src)}" rel="${linkRel}">${markdown.utils.escapeHtml(token.content || src)}</a>`;
};

/** Markdown as written → HTML that is safe to insert into a page (the stored text itself is never changed). */
export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
