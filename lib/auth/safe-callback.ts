// Where a person may be sent after signing in: a path on this site, nothing else. Used by the
// sign-in page and by next-auth's redirect callback, so both answer the same.

// A stand-in origin for resolving paths; `.invalid` can never be a real host.
const BASE = "http://constellation.invalid";

// Control characters (C0, DEL, C1), Unicode line/paragraph separators and backslashes: browsers
// drop or reinterpret these (a tab inside "/\t/evil" vanishes; "\" reads as "/"), so a path
// holding any of them, even percent-encoded, is refused rather than guessed at.
const DANGEROUS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\\]/;

/** Percent-decodes until stable (a few rounds); null when the encoding is broken. */
function fullyDecoded(value: string): string | null {
  let current = value;
  for (let round = 0; round < 4; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) return current;
    current = next;
  }
  return current;
}

/** The path as a URL parser normalises it ("/a/../..//x" becomes "//x"), or null off-site. */
function resolvedPath(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

const isLocalPath = (path: string) => path.startsWith("/") && !path.startsWith("//");

/**
 * A same-site relative path to follow after signing in, or null when `raw` is anything else:
 * absolute or protocol-relative URLs, `javascript:` and other schemes, backslash and
 * encoded-slash tricks (`/%2F%2Fevil`, `/%5Cevil`), whitespace or control characters anywhere,
 * and paths that only become `//host` after normalisation.
 */
export function safeCallbackPath(raw: unknown): string | null {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2048) return null;
  if (/\s/.test(raw) || DANGEROUS.test(raw) || !isLocalPath(raw)) return null;
  const decoded = fullyDecoded(raw);
  if (decoded === null || DANGEROUS.test(decoded) || !isLocalPath(decoded)) return null;
  const path = resolvedPath(raw);
  const decodedPath = resolvedPath(decoded);
  if (!path || !decodedPath || !isLocalPath(path) || !isLocalPath(decodedPath)) return null;
  return path;
}

/**
 * next-auth's redirect callback: `url` may be a path or an absolute URL on `baseUrl`; only the
 * path survives, and only when it is safe. Anything else goes to the site's root.
 */
export function safeRedirect(url: string, baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, "");
  let path: string | null = null;
  if (url === base) path = "/";
  else if (url.startsWith(`${base}/`)) path = safeCallbackPath(url.slice(base.length));
  else path = safeCallbackPath(url);
  return `${base}${path ?? "/"}`;
}
