/** Test helper: the built gazetteer and true geography, read from public/ on disk. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeGazetteer, readGazetteerFiles, type Gazetteer } from '../../src/search/gazetteer';

const root = resolve(import.meta.dirname, '../..');
export const publicPath = (p: string): string => resolve(root, 'public', p);
export const readPublicJson = (p: string): unknown => JSON.parse(readFileSync(publicPath(p), 'utf8'));
/** A gazetteer file as the app fetches it: by name, from public/gazetteer. */
export const readGazetteerFile = (file: string): unknown => readPublicJson(`gazetteer/${file}`);

let cached: Gazetteer | null = null;
export function loadTestGazetteer(): Gazetteer {
  cached ??= decodeGazetteer(readGazetteerFiles(readGazetteerFile));
  return cached;
}
