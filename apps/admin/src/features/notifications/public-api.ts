/** Calls of the public pages (no login): plain fetch, the answer's problem+json turned into messages. */
export interface PublicAnswer<T> {
  ok: boolean;
  status: number;
  body: T | undefined;
  /** The problem's detail, in the requested language. */
  detail?: string;
  /** Per-field messages of a 400. */
  fieldErrors: Record<string, string>;
}

export async function postPublic<T>(path: string, body: unknown, locale: string): Promise<PublicAnswer<T>> {
  const res = await fetch(`/api/v1${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Accept-Language': locale },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  const json = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
  const fieldErrors: Record<string, string> = {};
  for (const e of (json?.errors as { field: string; message: string }[] | undefined) ?? []) fieldErrors[e.field] = e.message;
  return {
    ok: res.ok,
    status: res.status,
    body: res.ok ? (json as T | undefined) : undefined,
    detail: res.ok ? undefined : (json?.detail as string | undefined),
    fieldErrors,
  };
}

/** `?token=…&lang=…` of a hash route such as `#/set-password?token=…`. */
export function hashQuery(): URLSearchParams {
  const hash = window.location.hash;
  const i = hash.indexOf('?');
  return new URLSearchParams(i >= 0 ? hash.slice(i + 1) : '');
}
