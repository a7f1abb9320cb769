import { describe, expect, it } from 'vitest';
import type { ScipSummary } from '../../src/api/schemas';
import { addMonthsIso, annualReportDue, scipSentence } from '../../src/data/scip-sentence';

const AS_OF = '2026-11-20T14:00:00Z';
const base: ScipSummary = {
  status: 'current',
  adopted: '2024-03-15',
  expires: '2029-03-15',
  lastAnnualReport: '2026-05-02',
  nextWorkshop: null,
};

describe('scipSentence', () => {
  it('current: adoption, expiry and the annual report rhythm', () => {
    expect(scipSentence(base, AS_OF)).toBe('Plan adopted 2024-03, expires 2029-03; last annual report 2026-05, next due 2027-05');
  });

  it('current without any report yet: the first one is due a year after adoption', () => {
    expect(scipSentence({ ...base, adopted: '2026-02-01', lastAnnualReport: null }, AS_OF)).toBe(
      'Plan adopted 2026-02, expires 2029-03; first annual report due 2027-02',
    );
  });

  it('update due: says by when', () => {
    expect(scipSentence({ ...base, status: 'update-due', expires: '2027-03-31' }, AS_OF)).toBe(
      'Plan adopted 2024-03, expires 2027-03; plan update due before 2027-03',
    );
  });

  it('overdue because the plan expired', () => {
    expect(
      scipSentence({ ...base, status: 'overdue', adopted: '2022-09-24', expires: '2026-09-24', lastAnnualReport: '2026-11-20' }, AS_OF),
    ).toBe('Plan adopted 2022-09, expired 2026-09; plan update overdue');
  });

  it('overdue because the annual report is late: overdue since 12 months after the last one', () => {
    expect(scipSentence({ ...base, status: 'overdue', adopted: '2022-03-10', expires: '2027-03-10', lastAnnualReport: '2025-06-01' }, AS_OF)).toBe(
      'Plan adopted 2022-03, expires 2027-03; annual report overdue since 2026-06',
    );
  });

  it('overdue for both reasons names both', () => {
    expect(scipSentence({ ...base, status: 'overdue', adopted: '2020-01-05', expires: '2025-01-05', lastAnnualReport: '2024-02-01' }, AS_OF)).toBe(
      'Plan adopted 2020-01, expired 2025-01; plan update overdue; annual report overdue since 2025-02',
    );
  });

  it('in progress, with and without a next workshop', () => {
    expect(scipSentence({ ...base, status: 'in-progress' }, AS_OF)).toBe(
      'Plan adopted 2024-03, expires 2029-03; plan update in progress after a SCIP update workshop',
    );
    expect(scipSentence({ ...base, status: 'in-progress', nextWorkshop: '2027-01-12' }, AS_OF)).toBe(
      'Plan adopted 2024-03, expires 2029-03; plan update in progress; next workshop 2027-01-12',
    );
  });

  it('workshop scheduled: gives the date', () => {
    expect(scipSentence({ ...base, status: 'workshop-scheduled', nextWorkshop: '2027-02-03' }, AS_OF)).toBe(
      'Plan adopted 2024-03, expires 2029-03; SCIP workshop scheduled for 2027-02-03',
    );
  });

  it('judges "expired" against the data date, not the clock', () => {
    const s: ScipSummary = { ...base, status: 'update-due', expires: '2026-12-01' };
    expect(scipSentence(s, '2026-11-30')).toMatch(/expires 2026-12; plan update due before 2026-12$/);
    expect(scipSentence(s, '2026-12-02')).toMatch(/expired 2026-12; plan update due now$/);
  });
});

describe('date helpers', () => {
  it('adds calendar months, clamping the day', () => {
    expect(addMonthsIso('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsIso('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsIso('2026-11-20T14:00:00Z', 6)).toBe('2027-05-20');
    expect(addMonthsIso('2026-03-15', -15)).toBe('2024-12-15');
  });

  it('counts the annual report from the later of adoption and last report', () => {
    expect(annualReportDue({ ...base, lastAnnualReport: '2023-01-01' })).toBe('2025-03-15');
    expect(annualReportDue(base)).toBe('2027-05-02');
  });
});
