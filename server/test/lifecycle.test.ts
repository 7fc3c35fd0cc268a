import http from 'node:http';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { boundPort, closeGracefully, listen, PortInUseError } from '../src/http/lifecycle.js';

function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

describe('listening and shutting down', () => {
  it('says plainly that the port is taken', async () => {
    const first = await listen(express(), 0, '127.0.0.1');
    try {
      const second = listen(express(), boundPort(first), '127.0.0.1');
      await expect(second).rejects.toBeInstanceOf(PortInUseError);
      await expect(second).rejects.toThrow(`Port ${boundPort(first)} on 127.0.0.1 is already in use`);
    } finally {
      first.close();
    }
  });

  it('finishes a request in flight, refuses new connections, then closes', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let arrived!: () => void;
    const inFlight = new Promise<void>((resolve) => (arrived = resolve));
    const app = express();
    app.get('/slow', async (_req, res) => {
      arrived();
      await held;
      res.send('finished');
    });
    const server = await listen(app, 0, '127.0.0.1');
    const port = boundPort(server);

    const slow = get(port, '/slow');
    await inFlight;
    const closing = closeGracefully(server, 10_000);
    await expect(get(port, '/slow')).rejects.toThrow(/ECONNREFUSED|ECONNRESET/);
    release();
    expect(await slow).toEqual({ status: 200, body: 'finished' });
    expect(await closing).toBe('drained');
  });

  it('cuts connections still busy at the deadline', async () => {
    const app = express();
    let arrived!: () => void;
    const inFlight = new Promise<void>((resolve) => (arrived = resolve));
    app.get('/stuck', () => arrived()); // never answers
    const server = await listen(app, 0, '127.0.0.1');
    const stuck = get(boundPort(server), '/stuck').catch((error: Error) => error);
    await inFlight;
    expect(await closeGracefully(server, 200)).toBe('forced');
    expect(await stuck).toBeInstanceOf(Error);
  });
});
