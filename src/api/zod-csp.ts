/**
 * Imported first by the app's entry (src/app/main.tsx): in a browser, zod's JIT probes
 * `new Function('')` when the first object schema is built, which the SPA's
 * Content-Security-Policy (no 'unsafe-eval') reports as a violation even though zod
 * catches it. Parsing without the JIT avoids the probe; this must run before any module
 * builds a schema, hence its own module at the head of the imports.
 */
import { z } from 'zod';

if (typeof globalThis.process === 'undefined') z.config({ jitless: true });
