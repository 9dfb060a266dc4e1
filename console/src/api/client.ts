import { ApiError, problemOf } from './problem';

/**
 * The one way the console calls the platform: every path is under the gateway's /api/v1, the bearer token of the
 * signed-in user is added, and a failure rejects with an ApiError carrying the problem+json.
 */
export const API_BASE = '/api/v1';

type TokenProvider = () => string | undefined | Promise<string | undefined>;
let tokenProvider: TokenProvider = () => undefined;
let onUnauthenticated: () => void = () => {};

/** Called once by the AuthProvider (and by tests). */
export function configureApi(options: { token: TokenProvider; onUnauthenticated?: () => void }): void {
  tokenProvider = options.token;
  onUnauthenticated = options.onUnauthenticated ?? (() => {});
}

export type Query = Record<string, string | number | boolean | undefined | null | Array<string | number>>;

export function queryString(query?: Query): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) value.forEach((v) => params.append(key, String(v)));
    else params.append(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export interface RequestOptions {
  method?: string;
  query?: Query;
  /** a JSON body, or FormData for uploads */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** `blob` for a file (a QR code, a CSV export): the answer's bytes instead of parsed JSON */
  as?: 'json' | 'blob';
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const accept = options.as === 'blob' ? '*/*' : 'application/json, application/problem+json';
  const headers: Record<string, string> = { Accept: accept, ...options.headers };
  const token = await tokenProvider();
  if (token) headers.Authorization = `Bearer ${token}`;
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}${queryString(options.query)}`, {
      method: options.method ?? (body ? 'POST' : 'GET'),
      headers,
      body,
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error)?.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, code: 'NETWORK', detail: String(error) });
  }
  if (!response.ok) {
    const problem = await problemOf(response);
    if (response.status === 401) onUnauthenticated();
    throw new ApiError(problem);
  }
  if (response.status === 204) return undefined as T;
  if (options.as === 'blob') return (await response.blob()) as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>(path, { query, signal }),
  post: <T>(path: string, body?: unknown, query?: Query) => request<T>(path, { method: 'POST', body, query }),
  put: <T>(path: string, body?: unknown, query?: Query) => request<T>(path, { method: 'PUT', body, query }),
  del: <T>(path: string) => request<T>(path, { method: 'DELETE' }),
  /** A file the API answers (QR code, CSV export), with the same token and the same problem+json errors. */
  blob: (path: string, query?: Query, accept?: string) =>
    request<Blob>(path, { query, as: 'blob', headers: accept ? { Accept: accept } : undefined }),
};

/** The platform's page of a list (shared-contracts' PageResponse). */
export interface PageResponse<T> {
  items: T[];
  page: number;
  size: number;
  totalElements: number;
  totalPages: number;
  totalExact: boolean;
}

/**
 * A multipart upload with progress (fetch reports none): `onProgress` gets 0–100 while the file is sent; the
 * server's work after that is for the caller to show as "processing".
 */
export async function upload<T>(path: string, form: FormData, query: Query | undefined, onProgress: (percent: number) => void): Promise<T> {
  const token = await tokenProvider();
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${API_BASE}${path}${queryString(query)}`);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onerror = () => reject(new ApiError({ status: 0, code: 'NETWORK' }));
    xhr.onload = () => {
      const response = new Response(xhr.responseText || null, {
        status: xhr.status,
        headers: { 'Content-Type': xhr.getResponseHeader('Content-Type') ?? '' },
      });
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve((xhr.responseText ? JSON.parse(xhr.responseText) : undefined) as T);
      } else {
        if (xhr.status === 401) onUnauthenticated();
        void problemOf(response).then((p) => reject(new ApiError(p)));
      }
    };
    xhr.send(form);
  });
}
