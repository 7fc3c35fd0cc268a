import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

export class PortInUseError extends Error {
  constructor(host: string, port: number) {
    super(`Port ${port} on ${host} is already in use. Stop the other process or choose another PORT.`);
    this.name = 'PortInUseError';
  }
}

/** Resolves once the server accepts connections; rejects with PortInUseError rather than an unhandled event. */
export function listen(app: Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.once('listening', () => resolve(server));
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(host, port) : error);
    });
  });
}

export function boundPort(server: Server): number {
  return (server.address() as AddressInfo).port;
}

/**
 * Stops accepting, lets requests in flight finish, and closes idle keep-alive connections so clients reconnect
 * elsewhere. Connections still busy at the deadline are cut. Resolves with how it ended.
 */
export function closeGracefully(server: Server, deadlineMs: number): Promise<'drained' | 'forced'> {
  return new Promise((resolve) => {
    let outcome: 'drained' | 'forced' = 'drained';
    const timer = setTimeout(() => {
      outcome = 'forced';
      server.closeAllConnections();
    }, deadlineMs);
    // A response finished during the drain should not keep its socket alive for a request we would refuse.
    server.on('request', (_req, res) => res.setHeader('Connection', 'close'));
    server.close(() => {
      clearTimeout(timer);
      resolve(outcome);
    });
    server.closeIdleConnections();
  });
}
