/** Source and layer ids: one module, no magic strings elsewhere. */
export const SOURCE = {
  jurisdictions: 'jurisdictions',
  regions: 'regions',
  regionBorders: 'region-borders',
  /** inset frames and callout leaders: thin static lines drawn alike, so one source */
  decor: 'decor-lines',
  searchPoint: 'search-point',
  /** true geography of the inset jurisdictions, for a close zoom on one of them */
  trueInsets: 'true-insets',
} as const;

export const LAYER = {
  background: 'background',
  fill: 'jurisdiction-fill',
  hatch: 'jurisdiction-no-data-hatch',
  outline: 'jurisdiction-outline',
  legendHighlight: 'jurisdiction-legend-highlight',
  hover: 'jurisdiction-hover',
  selected: 'jurisdiction-selected',
  regionOutline: 'region-outline',
  regionSelected: 'region-selected',
  decor: 'decor-lines',
  searchPoint: 'search-point',
  trueFill: 'true-inset-fill',
  trueOutline: 'true-inset-outline',
} as const;

export const HATCH_IMAGE = 'no-data-hatch';
