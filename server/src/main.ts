import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { guardProcess } from './process-guard.js';
import { startServer } from './server.js';

/** Process entry point: the only place that reads process.env, listens, and exits. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`handover: ${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const logger = createLogger(config);
  // Handlers go in before start-up: a SIGTERM while migrations or demo data are being written must not kill the
  // process half-way; it is honoured as soon as the server is up.
  let running: Awaited<ReturnType<typeof startServer>> | undefined;
  let stopRequested = false;
  const shutdown = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down');
    // The deadline covers the drain and closing the database; past it we exit regardless.
    setTimeout(() => {
      logger.error('shutdown deadline passed; exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs + 5_000).unref();
    if (!running) {
      stopRequested = true;
      return;
    }
    running.stop().then(
      () => logger.info('stopped'),
      (error: unknown) => {
        logger.error({ err: error }, 'error while stopping');
        process.exitCode = 1;
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  guardProcess(process, logger, {
    onFatal: () => {
      process.exitCode = 1;
      shutdown('SIGTERM');
    },
  });

  try {
    running = await startServer(config, logger);
  } catch (error) {
    logger.fatal({ err: error }, `cannot start: ${error instanceof Error ? error.message : String(error)}`);
    logger.flush();
    process.exitCode = 1;
    return;
  }
  logger.info({ url: running.url, publicUrl: config.publicUrl }, 'Handover is listening');
  if (stopRequested) {
    await running.stop();
    logger.info('stopped');
  }
}

await main();
