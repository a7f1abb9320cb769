/**
 * Fixed vocabularies of the sample data.
 *
 * The 25 SCIP interoperability markers: CISA's real marker names are not public in
 * full, so these are DESCRIPTIVE SAMPLE NAMES, five per SAFECOM Interoperability
 * Continuum lane (M01–M05 governance, M06–M10 SOPs, M11–M15 technology,
 * M16–M20 training & exercises, M21–M25 usage). Do not present them as official.
 */
import type { Lane } from '../api/schemas';

export interface MarkerDef {
  id: string;
  lane: Lane;
  name: string;
}

const lanes: Record<Lane, readonly string[]> = {
  governance: [
    'Governance body charter adopted',
    'SWIC position established and funded',
    'Governance body includes all disciplines and levels of government',
    'Regional interoperability committees active',
    'Sustainable funding strategy for emergency communications',
  ],
  sop: [
    'Statewide interoperable channel plan published',
    'Communications unit (COMU) credentialing process in place',
    'Field operations guide maintained and distributed',
    'Plain-language and common channel naming adopted',
    'Alerts and warnings procedures coordinated statewide',
  ],
  technology: [
    'Land mobile radio coverage and capacity planned statewide',
    'Broadband and LMR integration strategy',
    'NG911 readiness assessed',
    'Data interoperability standards adopted',
    'Cybersecurity risk assessment of communications systems',
  ],
  training: [
    'COMU courses (COML/COMT) delivered regularly',
    'Multi-agency communications exercises held annually',
    'After-action findings tracked to closure',
    'Telecommunicator interoperability training',
    'Exercises include cyber and outage scenarios',
  ],
  usage: [
    'Interoperable channels used at planned events',
    'Shared systems used daily across jurisdictions',
    'Priority services (GETS/WPS/TSP) enrolment promoted',
    'Mutual-aid communications used in real incidents',
    'Usage metrics collected and reviewed',
  ],
};

export const MARKER_CATALOGUE: readonly MarkerDef[] = (Object.keys(lanes) as Lane[]).flatMap((lane, li) =>
  lanes[lane].map((name, mi) => ({ id: `M${String(li * 5 + mi + 1).padStart(2, '0')}`, lane, name })),
);

/** ICTAP technical-assistance categories (domain README) with sample request titles. */
export const TA_CATALOGUE = {
  Governance: ['Governance body charter and bylaws review', 'Governance structure assessment'],
  'SCIP/TICP planning': ['Regional TICP refresh', 'SCIP implementation planning session'],
  'Field operations guide': ['State field operations guide update', 'Auxiliary communications FOG'],
  NG911: ['NG911 readiness assessment', 'NG911 GIS data review'],
  'Data interoperability': ['CAD-to-CAD data exchange workshop', 'Situational awareness data sharing plan'],
  'Alerts & warnings': ['Alerts and warnings procedures review', 'Public alerting tabletop exercise'],
  Broadband: ['Public-safety broadband integration planning', 'Broadband coverage gap analysis'],
  Cybersecurity: ['Communications cybersecurity assessment', 'Ransomware resilience review for PSAPs'],
  'COMU training': ['COML course delivery', 'COMT course delivery', 'INTD course delivery'],
  Encryption: ['Encryption key management planning', 'Interoperable encryption SOP'],
  Grants: ['Emergency communications grant guidance review'],
  SOPs: ['Interoperable channel SOP development', 'Tactical channel usage SOP review'],
} as const satisfies Record<string, readonly string[]>;

export type TaCategory = keyof typeof TA_CATALOGUE;
export const TA_CATEGORIES = Object.keys(TA_CATALOGUE) as TaCategory[];

export const SCIP_WORKSHOP_TA = { category: 'SCIP/TICP planning' as TaCategory, title: 'SCIP update workshop facilitation' };

/** Fictional street addresses in each real regional office city. */
export const REGION_OFFICE_ADDRESSES: Record<number, string> = {
  1: '210 Harborview Plaza, Suite 600',
  2: '480 Hudson Terrace, Suite 1200',
  3: '1500 Schuylkill Commons, Suite 300',
  4: '3200 Magnolia Center Drive, Suite 450',
  5: '640 Lakeshore Exchange, Suite 900',
  6: '1100 Canal Crossing Boulevard, Suite 210',
  7: '900 Riverfront Commons Drive, Suite 500',
  8: '455 Green Mountain Plaza, Suite 220',
  9: '1800 Lakeside Terrace, Suite 700',
  10: '2100 Elliott Bay Landing, Suite 400',
};

/** Extra sentences for jurisdiction notes (empty = none). */
export const NOTE_EXTRAS = [
  '',
  '',
  'COML recruitment is a priority for the coming year.',
  'Broadband integration working group formed.',
  'Tribal liaison seat added to the governance body.',
  'Cross-border channel agreements under review.',
  'Hurricane-season communications plan refreshed.',
  'Wildfire-season mutual aid channels tested.',
  'Statewide radio system upgrade in procurement.',
  'PSAP consolidation study under way.',
] as const;
