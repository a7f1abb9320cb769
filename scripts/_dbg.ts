import { readFileSync } from 'node:fs';
import { presimplify, simplify } from 'topojson-simplify';
const t = JSON.parse(readFileSync('node_modules/us-atlas/states-10m.json', 'utf8'));
const p = presimplify(t);
const ws = p.arcs.flatMap((a: any) => a.map((q: any) => q[2])).filter((w: number) => isFinite(w)).sort((a: number, b: number) => a - b);
console.log(ws.length, [0.01, 0.1, 0.5, 0.9].map(q => ws[Math.floor(q * ws.length)]));
for (const w of [0, 1e-6, 1e-5, 1e-4]) console.log(w, simplify(p, w).arcs.reduce((s: number, a: any) => s + a.length, 0));
