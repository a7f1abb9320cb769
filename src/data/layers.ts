/** The map's thematic layers, in the order the layer picker lists them (the URL's `layer`). */
export const LAYER_IDS = [
  'region',
  'scip',
  'markers',
  'lane-governance',
  'lane-sop',
  'lane-technology',
  'lane-training',
  'lane-usage',
] as const;
export type LayerId = (typeof LAYER_IDS)[number];
