/**
 * The bearer token lives in sessionStorage only: it survives a reload of the tab and dies with it,
 * and is never shared with other tabs or left behind on a shared computer (localStorage would be).
 */
const TOKEN_KEY = 'newsroom.session';

export function readToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function writeToken(token: string): void {
  try {
    sessionStorage.setItem(TOKEN_KEY, token);
  } catch {
    /* storage disabled: the session lasts until the tab is reloaded */
  }
}

export function clearToken(): void {
  try {
    sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    /* nothing stored */
  }
}
