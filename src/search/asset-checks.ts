/** Shape checks for fetched gazetteer JSON: a stale cached file or an HTML fallback fails loudly. */

export class GazetteerFormatError extends Error {
  constructor(file: string, detail: string) {
    super(`Gazetteer ${file}: ${detail}`);
    this.name = 'GazetteerFormatError';
  }
}

export const isNumberArray = (x: unknown): x is number[] => Array.isArray(x) && x.every((n) => typeof n === 'number');
export const isStringArray = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');
export const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
