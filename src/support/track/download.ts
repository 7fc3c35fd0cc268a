/**
 * Downloads a ticket's file with the token in a header (never in a URL), then hands it to the browser as a
 * download. The server serves it with Content-Disposition: attachment and a sandboxing policy.
 */
/** Without a token the staff session cookie authorises the download. */
export async function downloadAttachment(path: string, name: string, token?: string): Promise<void> {
  if (!path.startsWith('/api/v1/')) throw new Error('Not an attachment of this server.');
  const response = await fetch(path, token ? {headers: {Authorization: `Bearer ${token}`}} : {credentials: 'same-origin'});
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
