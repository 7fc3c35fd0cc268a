/** Asks the search API until `query` finds something: the server indexes the built site in the background at start. */
export async function untilFound(base: string, query: string, deadlineMs = 60_000): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const answer = await fetch(`${base}/api/v1/search?q=${encodeURIComponent(query)}&locale=zh-Hans`);
    if (answer.ok && ((await answer.json()) as { total: number }).total > 0) return;
    if (Date.now() > deadline) throw new Error(`"${query}" still finds nothing after ${deadlineMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
