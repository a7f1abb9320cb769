import { describe, expect, it } from 'vitest';
import { mailtoHref, safeHref, telHref } from '../../src/data/safe-link';

describe('safeHref', () => {
  it.each(['mailto:a@example.org', 'tel:+12025550100', 'https://www.cisa.gov/safecom'])('allows %s', (url) => {
    expect(safeHref(url)).toBe(url);
  });
  it.each([
    'javascript:window.__xss=1',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://example.org',
    'vbscript:msgbox(1)',
    '/relative/path',
    '//evil.example',
    '',
  ])('refuses %s', (url) => {
    expect(safeHref(url)).toBeNull();
  });
});

describe('mailtoHref / telHref', () => {
  it('builds links from plain values', () => {
    expect(mailtoHref('jane.doe@example.org')).toBe('mailto:jane.doe@example.org');
    expect(telHref('+1-202-555-0143')).toBe('tel:+12025550143');
    expect(telHref('(202) 555-0143')).toBe('tel:2025550143');
  });
  it('refuses values that would smuggle in more than an address or a number', () => {
    expect(mailtoHref('javascript:window.__xss=1')).toBeNull();
    expect(mailtoHref('a@example.org?cc=b@example.org')).toBeNull();
    expect(mailtoHref('a@example.org&body=x')).toBeNull();
    expect(mailtoHref('<img src=x>@example.org')).toBeNull();
    expect(telHref('javascript:window.__xss=1')).toBeNull();
    expect(telHref('555-0100 <script>')).toBeNull();
  });
});
