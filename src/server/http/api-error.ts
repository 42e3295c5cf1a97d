/** The one error shape of every /api response: `{ error: { code, message } }`. */
export interface ApiErrorBody {
  readonly error: { readonly code: string; readonly message: string };
}

export function apiErrorBody(code: string, message: string): ApiErrorBody {
  return { error: { code, message } };
}
