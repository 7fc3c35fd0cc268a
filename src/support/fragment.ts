/**
 * Tokens travel in the page's fragment (`#token=…`): browsers send the fragment neither to the server nor in a
 * Referer, so a token never reaches a log. These read it without putting it anywhere else.
 */
export function readFragment(): URLSearchParams {
  return new URLSearchParams(window.location.hash.replace(/^#/, ''));
}

export function fragmentToken(): string | null {
  const token = readFragment().get('token');
  return token && /^[A-Za-z0-9_-]{8,200}$/.test(token) ? token : null;
}
