import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { showDemoCredentials } from '../src/demo/seed.js';

const credentials = [{ email: 'admin@example.com', password: 'pw-admin-1234567', role: 'admin' as const }];

describe('demo passwords are shown once, and never where the log goes', () => {
  it('goes to the terminal (stderr) when there is one, and writes no file', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'handover-demo-'));
    let shown = '';
    const terminal = { isTTY: true, write: (text: string) => ((shown += text), true) } as unknown as NodeJS.WriteStream;
    expect(showDemoCredentials(credentials, { publicUrl: 'http://localhost:8000', dataDir, terminal })).toEqual({ to: 'terminal' });
    expect(shown).toContain('pw-admin-1234567');
    expect(existsSync(path.join(dataDir, 'demo-credentials.txt'))).toBe(false);
  });

  it('without a terminal, writes a file only its owner can read, even over an older one', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'handover-demo-'));
    const file = path.join(dataDir, 'demo-credentials.txt');
    writeFileSync(file, 'old', { mode: 0o644 });
    const terminal = { isTTY: false, write: () => expect.unreachable('nothing on a non-terminal stream') } as unknown as NodeJS.WriteStream;
    expect(showDemoCredentials(credentials, { publicUrl: 'http://localhost:8000', dataDir, terminal })).toEqual({ to: 'file', path: file });
    expect(readFileSync(file, 'utf8')).toContain('pw-admin-1234567');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
