/** Test helper: the app's built assets, read from public/ on disk (as the app would fetch them). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
export const publicPath = (p: string): string => resolve(root, 'public', p);
export const readPublicJson = (p: string): unknown => JSON.parse(readFileSync(publicPath(p), 'utf8'));
