/**
 * The banner and identifier appear only on a deployment configured as official
 * (VITE_OFFICIAL_SITE=true with an agency name) whose data is not sample data: a site that
 * shows fictional people must never say it is an official government website.
 */
import { useEffect } from 'react';
import { Banner } from './Banner';
import { Identifier } from './Identifier';
import { siteConfig, type SiteConfig } from './site-config';

/** Pure: whether to show the official-site chrome. `sample` undefined = not known yet (not shown). */
export function showsOfficialChrome(config: SiteConfig, sample: boolean | undefined): boolean {
  return config.official && sample === false;
}

export function OfficialBanner({ sample, config = siteConfig }: { sample: boolean | undefined; config?: SiteConfig }) {
  useEffect(() => {
    // Misconfiguration is the deployer's to fix: say it in the console, never break the page.
    for (const p of config.problems) console.warn(`Site configuration: ${p}`);
  }, [config]);
  return showsOfficialChrome(config, sample) ? <Banner /> : null;
}

export function OfficialIdentifier({ sample, config = siteConfig }: { sample: boolean | undefined; config?: SiteConfig }) {
  return showsOfficialChrome(config, sample) ? <Identifier config={config} /> : null;
}
