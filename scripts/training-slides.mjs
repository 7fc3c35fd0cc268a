#!/usr/bin/env node
// Renders the training decks (training/slides/<locale>/week-<n>.md, Marp Markdown) to the HTML decks the site serves
// at /training/slides/<locale>/week-<n>.html, and with --pdf to PDFs beside them (Debian's Chromium, CHROME_PATH).
//   node scripts/training-slides.mjs [--pdf] [--out <dir>]      (default out: static/training/slides, gitignored)
// ensure-built runs it before every site build, so a fresh clone serves the decks; the PDFs stay on demand because
// they need a browser. Images are written as site paths (/img/…) in the sources and rewritten here: relative to the
// deck for HTML (any baseUrl), to files under static/ for PDF.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { marpCli } from '@marp-team/marp-cli';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const sourceDir = path.join(root, 'training', 'slides');
export const defaultOutDir = path.join(root, 'static', 'training', 'slides');
export const locales = ['zh-Hans', 'en'];
const theme = path.join(sourceDir, 'theme', 'handover.css');
/** An image by its site path: the site's screenshots and the walkthrough videos' posters. */
const siteImage = /(\]\(|url\()\/(img|training\/videos)\//g;

/** The deck sources of one locale, by week number. */
export function deckSources(locale) {
  return readdirSync(path.join(sourceDir, locale))
    .filter((name) => /^week-\d+\.md$/.test(name))
    .sort()
    .map((name) => ({ week: Number(name.match(/\d+/)[0]), file: path.join(sourceDir, locale, name) }));
}

/** How many slides a Marp source has: the `---` rulers after its front matter, plus one. */
export function slideCount(markdown) {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  let inFence = false;
  let rulers = 0;
  for (const line of body.split('\n')) {
    if (/^```/.test(line)) inFence = !inFence;
    else if (!inFence && line === '---') rulers += 1;
  }
  return rulers + 1;
}

async function render(markdown, output, { pdf }) {
  const work = mkdtempSync(path.join(tmpdir(), 'handover-slides-'));
  try {
    const input = path.join(work, 'deck.md');
    // A deck is served at /training/slides/<locale>/week-n.html, so the site's root is three folders up from it.
    const site = pdf ? `${path.join(root, 'static')}/` : '../../../';
    writeFileSync(input, markdown.replace(siteImage, `$1${site}$2/`));
    const args = [input, '--theme-set', theme, '--no-stdin', '--quiet', '-o', output];
    if (pdf) args.push('--pdf', '--allow-local-files', '--browser', 'chrome', '--browser-path', process.env.CHROME_PATH ?? '/usr/bin/chromium');
    const status = await marpCli(args);
    if (status !== 0) throw new Error(`marp failed (${status}) on ${output}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Renders every deck of every locale into outDir/<locale>/week-n.html (and .pdf); returns what it wrote. */
export async function buildDecks({ outDir = defaultOutDir, pdf = false } = {}) {
  const written = [];
  for (const locale of locales) {
    mkdirSync(path.join(outDir, locale), { recursive: true });
    for (const { week, file } of deckSources(locale)) {
      const markdown = readFileSync(file, 'utf8');
      const html = path.join(outDir, locale, `week-${week}.html`);
      await render(markdown, html, { pdf: false });
      written.push(html);
      if (pdf) {
        const pdfFile = path.join(outDir, locale, `week-${week}.pdf`);
        await render(markdown, pdfFile, { pdf: true });
        written.push(pdfFile);
      }
    }
  }
  return written;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const out = args.includes('--out') ? path.resolve(args[args.indexOf('--out') + 1]) : defaultOutDir;
  const written = await buildDecks({ outDir: out, pdf: args.includes('--pdf') });
  console.log(`training-slides: wrote ${written.length} files to ${path.relative(process.cwd(), out) || '.'}`);
}
