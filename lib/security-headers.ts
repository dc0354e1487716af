// The security headers every response carries, built in one place. proxy.ts applies them per
// request (the CSP nonce is fresh each time); tests/unit/security-headers.test.ts pins the values
// and tests/e2e/headers.test.ts checks them on real responses. Pure: no Next or Node imports.

export type SecurityHeaderOptions = {
  /** The per-request nonce: Next.js reads it back from the request's CSP and puts it on its scripts. */
  nonce: string;
  /** `next dev`: React's dev tools need eval, and dev styles are injected without a nonce. */
  development: boolean;
  /** The page was served over https (see `servedOverHttps`): HSTS and upgrade-insecure-requests. */
  https: boolean;
};

/** A fresh, unguessable nonce (128 bits, base64 as CSP's nonce-source grammar allows). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Content-Security-Policy, following the Next.js 16 guide (docs/app/guides/content-security-policy):
 * - scripts run only with this request's nonce; 'strict-dynamic' lets those scripts load the
 *   chunks they import, so no host list is needed ('self' only serves browsers without CSP3);
 * - `<style>` elements need the nonce too (Tailwind ships one external stylesheet, 'self');
 *   in development Next injects styles without a nonce, so dev allows inline styles instead
 *   (a nonce in the list would make browsers ignore 'unsafe-inline');
 * - style *attributes* are allowed (style-src-attr): React renders a few (the band meter's
 *   width, next/image), a nonce cannot cover an attribute, and an attribute cannot hold selectors
 *   or load anything img-src/font-src would not allow anyway;
 * - nothing may frame the app, change the base URL, post forms elsewhere or embed plugins.
 */
export function contentSecurityPolicy({ nonce, development, https }: SecurityHeaderOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    development ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Over plain http (local runs, the e2e suite) this would break every subresource.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Every security header for one response, CSP included. */
export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    // Older browsers ignore frame-ancestors; this says the same to them.
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // Features the app never uses stay off, for it and anything it might ever embed.
    // browsing-topics is the successor of FLoC's interest-cohort (which browsers now reject as unknown).
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    // Two years, the usual preload-list value. Only ever sent on https responses (see below).
    ...(options.https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/**
 * Whether the request reached us over https: either the app's public URL is https (it sits behind
 * a TLS-terminating proxy), or the proxy says so with `X-Forwarded-Proto: https`.
 *
 * Trusting X-Forwarded-Proto from anyone is safe *here* because it only decides HSTS and
 * upgrade-insecure-requests: browsers ignore Strict-Transport-Security received over plain http
 * (RFC 6797 §8.1), so a client that lies about https over http pins nothing, and a real https
 * response is exactly where HSTS belongs. (Client addresses are another matter; see the rate limits.)
 */
export function servedOverHttps(forwardedProto: string | null, publicUrl: string | undefined): boolean {
  if (publicUrl?.startsWith("https://")) return true;
  // A chain of proxies lists one value per hop; the first is what the browser used.
  return forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
}
