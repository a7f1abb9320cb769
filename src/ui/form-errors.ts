/**
 * zod issues → one message per form field, so each error can sit beside its field.
 * Issues without a path (a whole-body rule such as "give at least one field") go under FORM_ERROR.
 */
import type { z } from 'zod';

export const FORM_ERROR = '';
export type FieldErrors = Readonly<Record<string, string>>;

/** zod 4's messages start with "Invalid input: " for type errors; people need the rest only */
const tidy = (message: string): string => message.replace(/^Invalid input:\s*/i, '');

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.');
    out[key] ??= tidy(issue.message);
  }
  return out;
}

export type ParseResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** safeParse with the failure as per-field messages */
export function parseForm<S extends z.ZodType>(schema: S, value: unknown): ParseResult<z.output<S>> {
  const parsed = schema.safeParse(value);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, errors: fieldErrorsOf(parsed.error) };
}

/** the fields of `draft` whose value differs from `base` (a PATCH sends only those) */
export function changedFields<T extends Record<string, unknown>>(base: T, draft: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(draft) as (keyof T)[]) {
    if (draft[key] !== base[key]) out[key] = draft[key];
  }
  return out;
}
