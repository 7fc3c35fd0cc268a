import {useEffect, useState} from 'react';

/**
 * Tokens travel in the page's fragment (`#token=…`): browsers send the fragment neither to the server nor in a
 * Referer, so a token never reaches a log. These read it without putting it anywhere else.
 */
export function readFragment(): URLSearchParams {
  return new URLSearchParams(window.location.hash.replace(/^#/, ''));
}

export function fragmentToken(): string | null {
  return tokenOf(readFragment());
}

/** The fragment, kept current when only it changes (another e-mail link opened in the same tab). */
export function useFragment(): URLSearchParams {
  const [fragment, setFragment] = useState(readFragment);
  useEffect(() => {
    const update = () => setFragment(readFragment());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return fragment;
}

export function tokenOf(fragment: URLSearchParams): string | null {
  const token = fragment.get('token');
  return token && /^[A-Za-z0-9_-]{8,200}$/.test(token) ? token : null;
}
