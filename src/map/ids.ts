/** Source and layer ids: one module, no magic strings elsewhere. */
export const SOURCE = {
  jurisdictions: 'jurisdictions',
  regions: 'regions',
  regionBorders: 'region-borders',
  insetFrames: 'inset-frames',
  callouts: 'callouts',
  searchPoint: 'search-point',
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
  insetFrames: 'inset-frames',
  callouts: 'callout-lines',
  searchPoint: 'search-point',
} as const;

export const HATCH_IMAGE = 'no-data-hatch';
