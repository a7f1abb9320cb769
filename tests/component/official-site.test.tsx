import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseSiteConfig } from '../../src/ui/site-config';
import { OfficialBanner, OfficialIdentifier } from '../../src/ui/OfficialSite';
import { resolveTheme } from '../../src/ui/color-theme';

const OFFICIAL = {
  VITE_OFFICIAL_SITE: 'true',
  VITE_AGENCY_NAME: 'Cybersecurity and Infrastructure Security Agency',
  VITE_AGENCY_URL: 'https://www.cisa.gov/',
  VITE_ACCESSIBILITY_URL: 'https://www.cisa.gov/accessibility',
  VITE_PRIVACY_URL: 'https://www.cisa.gov/privacy-policy',
  VITE_VDP_URL: 'https://www.cisa.gov/vulnerability-disclosure-policy',
};

describe('site configuration', () => {
  it('is off unless the deployment says it is official (the sample build says nothing)', () => {
    expect(parseSiteConfig({}).official).toBe(false);
    expect(parseSiteConfig({ ...OFFICIAL, VITE_OFFICIAL_SITE: 'false' }).official).toBe(false);
  });
  it('needs an agency name and keeps only https: links, saying which it ignored', () => {
    const noName = parseSiteConfig({ VITE_OFFICIAL_SITE: 'true' });
    expect(noName.official).toBe(false);
    expect(noName.problems[0]).toMatch(/VITE_AGENCY_NAME/);
    const c = parseSiteConfig({ ...OFFICIAL, VITE_PRIVACY_URL: 'http://www.cisa.gov/privacy', VITE_VDP_URL: 'javascript:alert(1)' });
    expect(c.links).toEqual([{ label: 'Accessibility statement', href: 'https://www.cisa.gov/accessibility' }]);
    expect(c.problems).toEqual([
      'VITE_PRIVACY_URL must be an https: URL; it was ignored.',
      'VITE_VDP_URL must be an https: URL; it was ignored.',
    ]);
    expect(c.domain).toBe('cisa.gov');
  });
});

describe('USWDS banner and identifier', () => {
  const config = parseSiteConfig(OFFICIAL);

  it('show on an official deployment with real data: banner disclosure and the required links', async () => {
    render(
      <>
        <OfficialBanner sample={false} config={config} />
        <OfficialIdentifier sample={false} config={config} />
      </>,
    );
    const banner = screen.getByRole('region', { name: 'Official website of the United States government' });
    const button = within(banner).getByRole('button', { name: 'Here’s how you know' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const guidance = screen.getByText('Official websites use .gov');
    expect(guidance.closest('[hidden]')).not.toBeNull();
    await userEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(guidance.closest('[hidden]')).toBeNull();

    const links = within(screen.getByRole('navigation', { name: 'Important links' })).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Accessibility statement', OFFICIAL.VITE_ACCESSIBILITY_URL],
      ['Privacy policy', OFFICIAL.VITE_PRIVACY_URL],
      ['Vulnerability disclosure policy', OFFICIAL.VITE_VDP_URL],
    ]);
    expect(screen.getByRole('link', { name: OFFICIAL.VITE_AGENCY_NAME }).getAttribute('href')).toBe(OFFICIAL.VITE_AGENCY_URL);
    expect(screen.getByText('cisa.gov')).toBeTruthy();
  });

  it('never show while the data is sample data or not yet known', () => {
    const { container } = render(
      <>
        <OfficialBanner sample={true} config={config} />
        <OfficialIdentifier sample={undefined} config={config} />
      </>,
    );
    expect(container.innerHTML).toBe('');
  });
});

describe('resolveTheme', () => {
  it('takes ?theme= first, then the remembered choice, then the system', () => {
    expect(resolveTheme('light', 'dark', 'dark')).toBe('light');
    expect(resolveTheme(null, 'light', 'dark')).toBe('light');
    expect(resolveTheme(null, null, 'dark')).toBe('dark');
  });
});
