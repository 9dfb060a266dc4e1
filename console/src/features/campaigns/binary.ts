import { API_BASE } from '../../api/client';
import { ApiError, problemOf } from '../../api/problem';

/**
 * The signed-in user's access token, for the one kind of call the shared client cannot make: a binary answer (the
 * QR code's PNG and SVG; `api.get` parses every answer as JSON). oidc-client-ts keeps the user in sessionStorage
 * under `oidc.user:<authority>:<client>` (AuthProvider's WebStorageStateStore); the client renews it there.
 * Belongs in src/api/client.ts as `api.blob(path)` once another area needs it.
 */
function storedAccessToken(): string | undefined {
  for (let i = 0; i < window.sessionStorage.length; i++) {
    const key = window.sessionStorage.key(i);
    if (!key?.startsWith('oidc.user:')) continue;
    try {
      const user = JSON.parse(window.sessionStorage.getItem(key) ?? '{}') as { access_token?: string };
      if (user.access_token) return user.access_token;
    } catch {
      // not a stored user: keep looking
    }
  }
  return undefined;
}

/** GET a binary resource under /api/v1 with the bearer token; a failure rejects with the problem as an ApiError. */
export async function fetchBlob(path: string): Promise<Blob> {
  const token = storedAccessToken();
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  } catch (error) {
    throw new ApiError({ status: 0, code: 'NETWORK', detail: String(error) });
  }
  if (!response.ok) throw new ApiError(await problemOf(response));
  return response.blob();
}

/** Saves a blob as a file through a temporary link (the browser's own download). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
