/**
 * Reference facts that do not change with the API: the 56 SCIP jurisdictions and
 * the 10 CISA regions (FEMA footprint). Source: shared/domain/README.md.
 * Used by the geo build (to dissolve regions) and by the gazetteer; the API still
 * serves region membership, and tests prove the two agree.
 */

export type JurisdictionType = 'state' | 'district' | 'territory';

export interface JurisdictionRef {
  code: string;
  fips: string;
  name: string;
  type: JurisdictionType;
  regionId: number;
}

export interface RegionRef {
  id: number;
  officeCity: string;
  officeState: string;
}

export const REGION_IDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

export const REGIONS: readonly RegionRef[] = [
  { id: 1, officeCity: 'Boston', officeState: 'MA' },
  { id: 2, officeCity: 'New York', officeState: 'NY' },
  { id: 3, officeCity: 'Philadelphia', officeState: 'PA' },
  { id: 4, officeCity: 'Atlanta', officeState: 'GA' },
  { id: 5, officeCity: 'Chicago', officeState: 'IL' },
  { id: 6, officeCity: 'Irving', officeState: 'TX' },
  { id: 7, officeCity: 'Kansas City', officeState: 'MO' },
  { id: 8, officeCity: 'Lakewood', officeState: 'CO' },
  { id: 9, officeCity: 'Oakland', officeState: 'CA' },
  { id: 10, officeCity: 'Seattle', officeState: 'WA' },
];

const J = (code: string, fips: string, name: string, regionId: number, type: JurisdictionType = 'state'): JurisdictionRef => ({
  code,
  fips,
  name,
  type,
  regionId,
});

export const JURISDICTIONS: readonly JurisdictionRef[] = [
  J('AL', '01', 'Alabama', 4),
  J('AK', '02', 'Alaska', 10),
  J('AZ', '04', 'Arizona', 9),
  J('AR', '05', 'Arkansas', 6),
  J('CA', '06', 'California', 9),
  J('CO', '08', 'Colorado', 8),
  J('CT', '09', 'Connecticut', 1),
  J('DE', '10', 'Delaware', 3),
  J('DC', '11', 'District of Columbia', 3, 'district'),
  J('FL', '12', 'Florida', 4),
  J('GA', '13', 'Georgia', 4),
  J('HI', '15', 'Hawaii', 9),
  J('ID', '16', 'Idaho', 10),
  J('IL', '17', 'Illinois', 5),
  J('IN', '18', 'Indiana', 5),
  J('IA', '19', 'Iowa', 7),
  J('KS', '20', 'Kansas', 7),
  J('KY', '21', 'Kentucky', 4),
  J('LA', '22', 'Louisiana', 6),
  J('ME', '23', 'Maine', 1),
  J('MD', '24', 'Maryland', 3),
  J('MA', '25', 'Massachusetts', 1),
  J('MI', '26', 'Michigan', 5),
  J('MN', '27', 'Minnesota', 5),
  J('MS', '28', 'Mississippi', 4),
  J('MO', '29', 'Missouri', 7),
  J('MT', '30', 'Montana', 8),
  J('NE', '31', 'Nebraska', 7),
  J('NV', '32', 'Nevada', 9),
  J('NH', '33', 'New Hampshire', 1),
  J('NJ', '34', 'New Jersey', 2),
  J('NM', '35', 'New Mexico', 6),
  J('NY', '36', 'New York', 2),
  J('NC', '37', 'North Carolina', 4),
  J('ND', '38', 'North Dakota', 8),
  J('OH', '39', 'Ohio', 5),
  J('OK', '40', 'Oklahoma', 6),
  J('OR', '41', 'Oregon', 10),
  J('PA', '42', 'Pennsylvania', 3),
  J('RI', '44', 'Rhode Island', 1),
  J('SC', '45', 'South Carolina', 4),
  J('SD', '46', 'South Dakota', 8),
  J('TN', '47', 'Tennessee', 4),
  J('TX', '48', 'Texas', 6),
  J('UT', '49', 'Utah', 8),
  J('VT', '50', 'Vermont', 1),
  J('VA', '51', 'Virginia', 3),
  J('WA', '53', 'Washington', 10),
  J('WV', '54', 'West Virginia', 3),
  J('WI', '55', 'Wisconsin', 5),
  J('WY', '56', 'Wyoming', 8),
  J('AS', '60', 'American Samoa', 9, 'territory'),
  J('GU', '66', 'Guam', 9, 'territory'),
  J('MP', '69', 'Northern Mariana Islands', 9, 'territory'),
  J('PR', '72', 'Puerto Rico', 2, 'territory'),
  J('VI', '78', 'U.S. Virgin Islands', 2, 'territory'),
];

export const JURISDICTION_BY_CODE: ReadonlyMap<string, JurisdictionRef> = new Map(
  JURISDICTIONS.map((j) => [j.code, j]),
);
export const JURISDICTION_BY_FIPS: ReadonlyMap<string, JurisdictionRef> = new Map(
  JURISDICTIONS.map((j) => [j.fips, j]),
);

export function isJurisdictionCode(code: string): boolean {
  return JURISDICTION_BY_CODE.has(code);
}

export function isRegionId(id: number): boolean {
  return Number.isInteger(id) && id >= 1 && id <= 10;
}
