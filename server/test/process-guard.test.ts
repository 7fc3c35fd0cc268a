import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { guardProcess } from '../src/process-guard.js';

function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'info' }, sink), lines };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('the process guard', () => {
  it('logs an uncaught error and an unhandled rejection and keeps the process serving', async () => {
    const target = new EventEmitter();
    const { logger, lines } = capturedLogger();
    let fatal = 0;
    guardProcess(target, logger, { onFatal: () => (fatal += 1) });
    target.emit('uncaughtException', new Error('Unexpected end of form'));
    target.emit('unhandledRejection', new Error('nobody awaited me'));
    await flush();
    expect(fatal).toBe(0);
    expect(lines.map((l) => [l.level, l.msg, (l.err as { message: string }).message])).toEqual([
      [50, 'uncaught exception; still serving', 'Unexpected end of form'],
      [50, 'unhandled rejection; still serving', 'nobody awaited me'],
    ]);
  });

  it('shuts down once when errors come in a burst, and counts only the recent ones', async () => {
    const target = new EventEmitter();
    const { logger, lines } = capturedLogger();
    let clock = 0;
    let fatal = 0;
    guardProcess(target, logger, { onFatal: () => (fatal += 1), burst: 3, windowMs: 1000, now: () => clock });
    for (let i = 0; i < 3; i += 1) target.emit('uncaughtException', new Error(`spread ${i}`));
    clock = 5000; // the first three are old news
    for (let i = 0; i < 3; i += 1) target.emit('uncaughtException', new Error(`burst ${i}`));
    expect(fatal).toBe(0);
    target.emit('uncaughtException', new Error('one too many'));
    target.emit('uncaughtException', new Error('and another'));
    await flush();
    expect(fatal).toBe(1);
    expect(lines.filter((l) => l.level === 60).map((l) => l.msg)).toEqual(['too many uncaught errors; shutting down so a fresh process takes over']);
  });
});
