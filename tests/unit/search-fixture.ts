/** Test helper: the built gazetteer and true geography, read from public/ on disk. */
import { decodeGazetteer, readGazetteerFiles, type Gazetteer } from '../../src/search/gazetteer';
import { readPublicJson } from './public-files';

export { publicPath, readPublicJson } from './public-files';
/** A gazetteer file as the app fetches it: by name, from public/gazetteer. */
export const readGazetteerFile = (file: string): unknown => readPublicJson(`gazetteer/${file}`);

let cached: Gazetteer | null = null;
export function loadTestGazetteer(): Gazetteer {
  cached ??= decodeGazetteer(readGazetteerFiles(readGazetteerFile));
  return cached;
}
