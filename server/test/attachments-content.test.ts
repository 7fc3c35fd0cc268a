import { describe, expect, it } from 'vitest';
import { contentDisposition, safeFilename } from '../src/attachments/filename.js';
import { sniffContentType } from '../src/attachments/sniff.js';

const bytes = (...values: number[]) => Buffer.from(values);

describe('what an uploaded file is, judged by its bytes', () => {
  it.each([
    ['PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0), 'image/png'],
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), 'image/jpeg'],
    ['GIF', Buffer.from('GIF89a\x01\x00'), 'image/gif'],
    ['WebP', Buffer.concat([Buffer.from('RIFF'), bytes(0, 0, 0, 0), Buffer.from('WEBPVP8 ')]), 'image/webp'],
    ['PDF', Buffer.from('%PDF-1.4\n'), 'application/pdf'],
    ['ZIP', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0), 'application/zip'],
    ['gzip', bytes(0x1f, 0x8b, 0x08, 0, 0, 0), 'application/gzip'],
    ['a UTF-8 log', Buffer.from('\uFEFF2030-01-01 错误: 磁盘已满\r\n'), 'text/plain'],
    ['CSV', Buffer.from('id,name\n1,张三\n'), 'text/plain'],
    ['a JSON object', Buffer.from(' {"level":"error","msg":"超时"}\n'), 'application/json'],
    ['a JSON array', Buffer.from('[1, 2, 3]'), 'application/json'],
    ['a bare JSON number (text, not a document)', Buffer.from('42'), 'text/plain'],
    ['HTML (served as text, never rendered)', Buffer.from('<html><script>alert(1)</script></html>'), 'text/plain'],
  ])('recognises %s', (_name, content, contentType) => {
    expect(sniffContentType(content)).toEqual({ verdict: 'allowed', contentType });
  });

  it.each([
    ['a Windows program', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64, 0x90)])],
    ['an ELF program', bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0)],
    ['a Mach-O program', bytes(0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1)],
    ['a universal Mach-O program', bytes(0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 2)],
    ['a shell script', Buffer.from('#!/bin/bash\necho hi\n')],
    ['a shell script behind a byte-order mark', Buffer.from('\uFEFF#!/usr/bin/env python3\n')],
  ])('calls %s executable, whatever it is named', (_name, content) => {
    expect(sniffContentType(content).verdict).toBe('executable');
  });

  it.each([
    ['binary with NUL bytes', bytes(0x41, 0x00, 0x42)],
    ['invalid UTF-8', bytes(0x41, 0xc3, 0x28)],
    ['UTF-16 text (NUL bytes)', Buffer.from('\uFEFFlog', 'utf16le')],
    ['RIFF that is not WebP (a WAV file)', Buffer.concat([Buffer.from('RIFF'), bytes(0, 0, 0, 0), Buffer.from('WAVEfmt ')])],
  ])('does not recognise %s', (_name, content) => {
    expect(sniffContentType(content)).toEqual({ verdict: 'unknown' });
  });
});

describe('the name a file is shown and downloaded under', () => {
  it.each([
    ['../../etc/passwd', 'text/plain', 'passwd'],
    ['..\\..\\Windows\\win.ini', 'text/plain', 'win.ini'],
    ['日志.log', 'text/plain', '日志.log'],
    ['サーバー ログ 2030.txt', 'text/plain', 'サーバー ログ 2030.txt'],
    ['a\u0000b\r\n\u0007.log', 'text/plain', 'ab.log'],
    ['invoice\u202Egpj.exe', 'text/plain', 'invoicegpj.exe.txt'],
    ['a<b>:c"d|e?f*.log', 'text/plain', 'a_b__c_d_e_f_.log'],
    ['.htaccess', 'text/plain', 'htaccess'],
    ['report. ', 'application/pdf', 'report.pdf'],
    ['CON.txt', 'text/plain', '_CON.txt'],
    ['run.bat', 'text/plain', 'run.bat.txt'],
    ['page.html', 'text/plain', 'page.html.txt'],
    ['photo.exe', 'image/png', 'photo.exe.png'],
    ['screenshot', 'image/jpeg', 'screenshot.jpg'],
    ['Budget.xlsx', 'application/zip', 'Budget.xlsx'],
    ['tool.jar', 'application/zip', 'tool.jar.zip'],
    ['backup.tar.gz', 'application/gzip', 'backup.tar.gz'],
    [undefined, 'text/plain', 'attachment'],
    ['../..', 'application/pdf', 'attachment.pdf'],
  ] as const)('turns %j (%s) into %j', (claimed, contentType, expected) => {
    expect(safeFilename(claimed, contentType)).toBe(expected);
  });

  it('limits the length without splitting a character or losing the extension', () => {
    const name = safeFilename(`${'数据'.repeat(200)}.csv`, 'text/plain');
    expect([...name]).toHaveLength(120);
    expect(name.endsWith('数据.csv') || name.endsWith('数.csv')).toBe(true);
  });

  it('offers an ASCII file name to old clients and the exact UTF-8 name as filename*', () => {
    expect(contentDisposition('日志 (1).log')).toBe(`attachment; filename="__ (1).log"; filename*=UTF-8''%E6%97%A5%E5%BF%97%20%281%29.log`);
    expect(contentDisposition("it's 100%.txt")).toBe(`attachment; filename="it's 100_.txt"; filename*=UTF-8''it%27s%20100%25.txt`);
  });
});
