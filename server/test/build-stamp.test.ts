import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStamp, whyRebuild, writeStamp } from '../../scripts/build-stamp.mjs';
import { siteUrl } from '../../scripts/site-url.mjs';

const began = new Date('2026-11-20T10:00:00Z');
const stampFile = () => path.join(mkdtempSync(path.join(tmpdir(), 'handover-stamp-')), 'build', '.stamp');

describe('deciding whether `npm start` rebuilds the site', () => {
  it('keeps a build made for the same URL from sources not changed since', () => {
    const file = stampFile();
    writeStamp(file, began, { url: 'https://support.example.com' });
    expect(whyRebuild({ stamp: readStamp(file), newestSource: began.getTime() - 1, inputs: { url: 'https://support.example.com' } })).toBeNull();
  });

  it('rebuilds when PUBLIC_URL differs from the URL the build was made for, naming both', () => {
    const file = stampFile();
    writeStamp(file, began, { url: 'http://localhost:8000' });
    const reason = whyRebuild({ stamp: readStamp(file), newestSource: 0, inputs: { url: 'https://support.example.com' } });
    expect(reason).toContain('https://support.example.com');
    expect(reason).toContain('http://localhost:8000');
  });

  it('rebuilds when nothing was built, when a source is newer than the build, and after a stamp that recorded no URL', () => {
    const inputs = { url: 'http://localhost:8000' };
    expect(whyRebuild({ stamp: readStamp(stampFile()), newestSource: 0, inputs })).toBe('not built yet');
    const file = stampFile();
    writeStamp(file, began, inputs);
    expect(whyRebuild({ stamp: readStamp(file), newestSource: began.getTime() + 1, inputs })).toBe('sources changed');
    writeFileSync(file, '');
    utimesSync(file, began, began);
    expect(whyRebuild({ stamp: readStamp(file), newestSource: 0, inputs })).toMatch(/unrecorded/);
  });

  it('builds for PUBLIC_URL, or for localhost on PORT as the server does, without a trailing slash', () => {
    expect(siteUrl({ PUBLIC_URL: 'https://support.example.com/' })).toBe('https://support.example.com');
    expect(siteUrl({ PORT: '9000' })).toBe('http://localhost:9000');
    expect(siteUrl({ PUBLIC_URL: '', PORT: '' })).toBe('http://localhost:8000');
  });
});
