import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../src/conversation/markdown.js';

describe('rendering a message’s Markdown', () => {
  it.each([
    ['a script tag', '<script>alert(1)</script>'],
    ['an image with onerror', '<img src=x onerror=alert(1)>'],
    ['an inline event handler', '<div onmouseover="alert(1)">hover</div>'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>'],
  ])('shows %s as the text typed, never as markup', (_name, source) => {
    const html = renderMarkdown(source);
    expect(html).not.toMatch(/<(script|img|div|iframe)\b/i);
    expect(html).toContain('&lt;');
  });

  it.each([
    ['javascript:', '[x](javascript:alert(1))'],
    ['upper-case JAVASCRIPT:', '[x](JAVASCRIPT:alert(1))'],
    ['an entity-encoded scheme', '[x](&#x6A;avascript:alert(1))'],
    ['a tab inside the scheme', '[x](<java\tscript:alert(1)>)'],
    ['an autolink', '<javascript:alert(1)>'],
    ['vbscript:', '[x](vbscript:msgbox(1))'],
    ['data:', '[x](data:text/html,<script>alert(1)</script>)'],
    ['file:', '[x](file:///etc/passwd)'],
    ['an image with javascript:', '![x](javascript:alert(1))'],
  ])('makes no link of %s', (_name, source) => {
    expect(renderMarkdown(source)).not.toContain('<a ');
  });

  it('keeps http, https, mailto and relative links, each with rel="nofollow noopener noreferrer"', () => {
    const html = renderMarkdown('[a](https://example.com) [b](http://example.com) [c](mailto:ops@example.com) [d](/docs/intro) https://bare.example/x');
    const anchors = html.match(/<a [^>]*>/g) ?? [];
    expect(anchors).toHaveLength(5);
    for (const anchor of anchors) expect(anchor).toContain('rel="nofollow noopener noreferrer"');
  });

  it('turns images into links, so opening a ticket loads nothing from elsewhere', () => {
    expect(renderMarkdown('![chart](https://tracker.example/p.png)')).toBe(
      '<p><a href="https://tracker.example/p.png" rel="nofollow noopener noreferrer">chart</a></p>\n',
    );
  });

  it('keeps single line breaks, as in pasted log lines', () => {
    expect(renderMarkdown('line 1\nline 2')).toBe('<p>line 1<br>\nline 2</p>\n');
  });
});
