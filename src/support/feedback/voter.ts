// What this browser keeps for "Was this page helpful?": one random voter key, and the answer it gave per page.
// No React, no @site imports.

const keyName = 'handover.voterKey';
const answerPrefix = 'handover.pageAnswer:';
/** How long a page remembers this browser's answer (and offers to change it) before asking again. */
export const rememberDays = 30;

export type StoredAnswer = {helpful: boolean; comment: string | null; at: string};

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage refused (private mode): answers still go, they just cannot be changed later
  }
}

/** 128 random bits, base64url: the server stores only its hash, so answering again updates instead of adding. */
function newVoterKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

let unstoredKey: string | null = null;

export function voterKey(): string {
  const store = storage();
  const kept = store?.getItem(keyName);
  if (kept && /^[A-Za-z0-9_-]{22,128}$/.test(kept)) return kept;
  const key = unstoredKey ?? newVoterKey();
  try {
    store?.setItem(keyName, key);
  } catch {
    // storage full or refused: keep the key for this page's life
  }
  unstoredKey = key;
  return key;
}

/** This browser's answer for a page, if it gave one in the last `rememberDays` days. */
export function storedAnswer(page: string, now = Date.now()): StoredAnswer | null {
  try {
    const raw = storage()?.getItem(answerPrefix + page);
    const answer = raw ? (JSON.parse(raw) as StoredAnswer) : null;
    if (!answer || typeof answer.helpful !== 'boolean' || now - Date.parse(answer.at) > rememberDays * 86_400_000) return null;
    return answer;
  } catch {
    return null;
  }
}

export function storeAnswer(page: string, answer: StoredAnswer): void {
  try {
    storage()?.setItem(answerPrefix + page, JSON.stringify(answer));
  } catch {
    // as above
  }
}
