import { describe, expect, it } from 'vitest';
import { formatMoment, formatMomentText } from '../../src/data/time-format';

describe('formatMoment', () => {
  it('shows the viewer’s zone with the UTC time beside it', () => {
    const t = formatMoment('2026-11-20T14:00:00Z', 'America/New_York');
    expect(t).toEqual({ local: 'Nov 20, 2026, 09:00 AM EST', utc: 'Nov 20, 2026, 02:00 PM UTC', utcBeside: '02:00 PM UTC' });
    expect(formatMomentText('2026-11-20T14:00:00Z', 'Pacific/Guam')).toBe('Nov 21, 2026, 12:00 AM GMT+10 (02:00 PM UTC)');
  });
  it('adds nothing beside when the viewer is on UTC', () => {
    expect(formatMomentText('2026-11-20T14:00:00Z', 'UTC')).toBe('Nov 20, 2026, 02:00 PM UTC');
    expect(formatMoment('2026-11-20T14:00:00Z', 'UTC')?.utcBeside).toBeNull();
  });
  it('keeps a non-time as is and survives an unknown zone', () => {
    expect(formatMoment('not a time', 'UTC')).toBeNull();
    expect(formatMomentText('not a time')).toBe('not a time');
    expect(formatMomentText('2026-11-20T14:00:00Z', 'Mars/Olympus')).toBe('Nov 20, 2026, 02:00 PM UTC');
  });
});
