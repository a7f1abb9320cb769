import { describe, expect, it } from 'vitest';
import { apiBaseUrl, mocksEnabled, parseApiConfig } from '../../src/api/config';

describe('parseApiConfig', () => {
  it('defaults to same origin with mocks on', () => {
    expect(parseApiConfig({})).toEqual({ apiBaseUrl: '', mocksEnabled: true });
    expect(parseApiConfig({ VITE_API_BASE_URL: '' })).toEqual({ apiBaseUrl: '', mocksEnabled: true });
  });

  it('turns mocks off when a base URL is set, and strips trailing slashes', () => {
    expect(parseApiConfig({ VITE_API_BASE_URL: 'https://api.example.org/' })).toEqual({
      apiBaseUrl: 'https://api.example.org',
      mocksEnabled: false,
    });
    expect(parseApiConfig({ VITE_API_BASE_URL: '/proxy' }).apiBaseUrl).toBe('/proxy');
  });

  it('honours VITE_USE_MOCKS', () => {
    expect(parseApiConfig({ VITE_USE_MOCKS: 'false' }).mocksEnabled).toBe(false);
    expect(parseApiConfig({ VITE_API_BASE_URL: 'https://api.example.org', VITE_USE_MOCKS: 'true' }).mocksEnabled).toBe(true);
    expect(parseApiConfig({ VITE_USE_MOCKS: '' }).mocksEnabled).toBe(true);
  });

  it('rejects invalid values with a readable error', () => {
    expect(() => parseApiConfig({ VITE_API_BASE_URL: 'ftp://x' })).toThrow(/VITE_API_BASE_URL/);
    expect(() => parseApiConfig({ VITE_USE_MOCKS: 'yes' })).toThrow(/VITE_USE_MOCKS/);
  });

  it('is evaluated once from import.meta.env (unset here: same origin, mock API on)', () => {
    expect(apiBaseUrl).toBe('');
    expect(mocksEnabled).toBe(true);
  });
});
