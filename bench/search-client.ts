// The search bench's HTTP clients, in a process of their own: driving 8 callers from the server's own event loop
// would charge the clients' work (sockets, parsing replies) to the server and hide how long a request waits for it.
// One job per IPC message: a list of requests, driven by `concurrency` keep-alive callers; the answer is the run
// (or the first failure: a benchmark of error responses would measure the wrong thing).
import { drive, expectStatus, httpClient, type Run } from './clients.js';

export type ClientJob = { url: string; concurrency: number; requests: { path: string; headers: Record<string, string> }[] };

async function run(job: ClientJob): Promise<Run> {
  const client = httpClient(job.url, job.concurrency);
  try {
    const send = async (i: number) => {
      const { path, headers } = job.requests[i % job.requests.length]!;
      expectStatus(await client.request('GET', path, { headers }), 200, path);
    };
    return await drive(job.requests.length, job.concurrency, send);
  } finally {
    client.close();
  }
}

process.on('message', (job: ClientJob) => void run(job).then((outcome) => process.send!(outcome), (error: Error) => process.send!({ error: error.message })));
process.send!('ready');
process.once('SIGTERM', () => process.exit(0));
