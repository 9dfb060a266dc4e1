/** One invalid field of a 400 VALIDATION_FAILED problem. */
export interface FieldError {
  field: string;
  code?: string;
  message?: string;
}

/** An RFC 9457 problem as the platform answers it (shared-contracts' ProblemDetailsAdvice, the gateway's Problems). */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  instance?: string;
  /** the platform's error code: VALIDATION_FAILED, CONFLICT, NOT_FOUND… */
  code: string;
  /** a service's more precise reason: LEAD_DUPLICATE, LEAD_IN_POOL… */
  reason?: string;
  traceId?: string;
  field?: string;
  errors?: FieldError[];
  [extra: string]: unknown;
}

/** What every API call rejects with: the problem, or a NETWORK problem when the gateway could not be reached. */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? problem.code);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  /** The most precise key for a message: the reason when there is one, else the code. */
  get key(): string {
    return this.problem.reason ?? this.problem.code;
  }

  /** Field errors, one per field (the problem's `errors`, else its single `field`). */
  get fieldErrors(): FieldError[] {
    if (this.problem.errors?.length) return this.problem.errors;
    return this.problem.field ? [{ field: this.problem.field, message: this.problem.detail }] : [];
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Reads a failed response as a problem; a body that is not problem+json still yields one with the status. */
export async function problemOf(response: Response): Promise<Problem> {
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      const body = (await response.json()) as Partial<Problem>;
      if (body && typeof body === 'object') {
        return { ...body, status: body.status ?? response.status, code: body.code ?? codeForStatus(response.status) };
      }
    } catch {
      // fall through
    }
  }
  return { status: response.status, code: codeForStatus(response.status), title: response.statusText };
}

export function codeForStatus(status: number): string {
  switch (status) {
    case 400: return 'MALFORMED_REQUEST';
    case 401: return 'UNAUTHENTICATED';
    case 403: return 'ACCESS_DENIED';
    case 404: return 'NOT_FOUND';
    case 409: return 'CONFLICT';
    case 413: return 'PAYLOAD_TOO_LARGE';
    case 429: return 'RATE_LIMITED';
    case 502: case 503: case 504: return 'SERVICE_UNAVAILABLE';
    default: return status >= 500 ? 'INTERNAL_ERROR' : 'UNKNOWN';
  }
}
