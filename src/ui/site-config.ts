/**
 * Whether this deployment is an official U.S. government website, and what its USWDS banner
 * and identifier say. Off unless VITE_OFFICIAL_SITE=true: the sample-data build must never
 * claim to be official. Links are https: only; a bad one is left out and reported.
 *
 *   VITE_OFFICIAL_SITE      'true' turns the banner and identifier on
 *   VITE_AGENCY_NAME        "Cybersecurity and Infrastructure Security Agency" (required when on)
 *   VITE_AGENCY_URL         https://www.cisa.gov/ (its host is the identifier's domain)
 *   VITE_ACCESSIBILITY_URL  accessibility statement
 *   VITE_PRIVACY_URL        privacy policy
 *   VITE_VDP_URL            vulnerability disclosure policy
 */
export interface IdentifierLink {
  label: string;
  href: string;
}

export interface SiteConfig {
  official: boolean;
  agencyName: string;
  agencyUrl: string | null;
  /** "cisa.gov": shown as the identifier's domain */
  domain: string | null;
  links: IdentifierLink[];
  /** one sentence per setting that was ignored */
  problems: string[];
}

function httpsUrl(raw: unknown): URL | null {
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  try {
    const u = new URL(raw.trim());
    return u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

const LINK_SETTINGS = [
  ['VITE_ACCESSIBILITY_URL', 'Accessibility statement'],
  ['VITE_PRIVACY_URL', 'Privacy policy'],
  ['VITE_VDP_URL', 'Vulnerability disclosure policy'],
] as const;

/** Pure: reads an env-like record. */
export function parseSiteConfig(env: Record<string, unknown>): SiteConfig {
  const problems: string[] = [];
  const agencyName = typeof env.VITE_AGENCY_NAME === 'string' ? env.VITE_AGENCY_NAME.trim().slice(0, 200) : '';
  let official = String(env.VITE_OFFICIAL_SITE ?? '').trim().toLowerCase() === 'true';
  if (official && agencyName === '') {
    problems.push('VITE_OFFICIAL_SITE=true needs VITE_AGENCY_NAME; the official-site banner is off.');
    official = false;
  }
  const agency = httpsUrl(env.VITE_AGENCY_URL);
  if (env.VITE_AGENCY_URL && !agency) problems.push('VITE_AGENCY_URL must be an https: URL; it was ignored.');
  const links: IdentifierLink[] = [];
  for (const [name, label] of LINK_SETTINGS) {
    const u = httpsUrl(env[name]);
    if (u) links.push({ label, href: u.href });
    else if (env[name]) problems.push(`${name} must be an https: URL; it was ignored.`);
    else if (official) problems.push(`${name} is not set; the identifier has no “${label}” link.`);
  }
  return {
    official,
    agencyName,
    agencyUrl: agency?.href ?? null,
    domain: agency ? agency.hostname.replace(/^www\./, '') : null,
    links,
    problems,
  };
}

export const siteConfig: SiteConfig = parseSiteConfig(import.meta.env);
