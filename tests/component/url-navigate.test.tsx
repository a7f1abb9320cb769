import { beforeEach, describe, expect, it } from 'vitest';
import { navigateUrl } from '../../src/url/use-url-state';

describe('navigateUrl', () => {
  beforeEach(() => window.history.replaceState(null, '', '/?region=4&compare=GA,AL'));

  it('drops a comparison when the region changes, or is left', () => {
    navigateUrl({ region: 5 });
    expect(window.location.search).toBe('?region=5');
    window.history.replaceState(null, '', '/?region=4&compare=GA,AL');
    navigateUrl({ state: 'TN', region: null });
    expect(window.location.search).toBe('?state=TN');
  });

  it('keeps it when something else changes', () => {
    navigateUrl({ layer: 'scip' });
    expect(window.location.search).toBe('?region=4&compare=GA%2CAL&layer=scip');
  });
});
