import { z } from 'zod';

// Zod compiles fast parsers with `new Function`, which the site's CSP (no 'unsafe-eval') forbids:
// even its probe for eval support is reported as a violation. Imported first by main.tsx, before
// any schema is built, because zod decides per schema when it is constructed.
z.config({ jitless: true });
