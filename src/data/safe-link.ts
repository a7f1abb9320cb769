/**
 * The only schemes API text may become a link with. Anything else (javascript:, data:,
 * http:, relative paths) renders as plain text, so a tampered API cannot inject a link.
 */
const ALLOWED_SCHEMES = new Set(['mailto:', 'tel:', 'https:']);

export function safeHref(url: string): string | null {
  const trimmed = url.trim();
  // Browsers strip tabs/newlines inside a scheme ("java\tscript:"), so any control or space is refused.
  if (trimmed === '' || [...trimmed].some((ch) => ch.charCodeAt(0) < 0x21 || ch.charCodeAt(0) === 0x7f)) return null;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return null;
  }
  return ALLOWED_SCHEMES.has(parsed.protocol) ? trimmed : null;
}

/** `mailto:` for something shaped like one address, else null (no "?cc=" or "&body=" riders). */
export function mailtoHref(email: string): string | null {
  const address = email.trim();
  if (!/^[^\s@?&#%/:,;<>"'()]+@[^\s@?&#%/:,;<>"'()]+\.[a-z]{2,}$/i.test(address)) return null;
  return safeHref(`mailto:${address}`);
}

/** `tel:` with only the dialable characters of a written phone number, else null. */
export function telHref(phone: string): string | null {
  const digits = phone.replace(/[\s().-]/g, '');
  if (!/^\+?\d{3,15}$/.test(digits)) return null;
  return safeHref(`tel:${digits}`);
}
