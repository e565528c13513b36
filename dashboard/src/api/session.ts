// The signed-in session: a bearer token kept for the browser tab, sent with
// every request. When the hub asks for a sign-in, the app shows the form.

const KEY = 'ocop.token';
const listeners = new Set<() => void>();
let needed = false;

export function sessionToken(): string | null {
  try {
    return window.sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function setSessionToken(token: string | null): void {
  try {
    if (token) window.sessionStorage.setItem(KEY, token);
    else window.sessionStorage.removeItem(KEY);
  } catch {
    // storage unavailable (private mode): the token lives as long as the page
  }
  needed = false;
  listeners.forEach((l) => l());
}

/** Called by the client when the hub answers UNAUTHENTICATED. */
export function signInNeeded(): void {
  if (needed) return;
  needed = true;
  listeners.forEach((l) => l());
}

export function isSignInNeeded(): boolean {
  return needed;
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
