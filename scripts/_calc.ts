// temp: relative merc bbox per inset at its scale, anchor-independent
import { feature } from 'topojson-client';
import { readFileSync } from 'node:fs';
import { INSETS, toComposite, mercatorY, inverseMercatorY } from '../src/geo/insets';
const t = JSON.parse(readFileSync('node_modules/us-atlas/states-10m.json', 'utf8'));
const fc = feature(t, t.objects.states) as any;
const codeOf: Record<string,string> = {'02':'AK','15':'HI','60':'AS','66':'GU','69':'MP','72':'PR','78':'VI'};
const targets = JSON.parse(process.argv[2] ?? '{}'); // id -> [left, bottom] lon/lat
for (const inset of INSETS) {
  let [w,s,e,n] = [Infinity,Infinity,-Infinity,-Infinity];
  for (const f of fc.features) { const c = codeOf[f.id]; if (!c || !inset.codes.includes(c)) continue;
    for (const p of JSON.stringify(f.geometry.coordinates).match(/-?[\d.]+,-?[\d.]+/g)!) { const [lo, la] = p.split(',').map(Number);
      const [x, y] = toComposite(c, [lo!, la!]); const my = mercatorY(y);
      w=Math.min(w,x-inset.anchor[0]); e=Math.max(e,x-inset.anchor[0]); s=Math.min(s,my-mercatorY(inset.anchor[1])); n=Math.max(n,my-mercatorY(inset.anchor[1])); } }
  const tg = targets[inset.id];
  let msg = '';
  if (tg) { const ax = tg[0] - w; const amy = mercatorY(tg[1]) - s; msg = `anchor for target: [${ax.toFixed(2)}, ${inverseMercatorY(amy).toFixed(2)}] -> box lon ${(ax+w).toFixed(2)}..${(ax+e).toFixed(2)} lat ${inverseMercatorY(amy+s).toFixed(2)}..${inverseMercatorY(amy+n).toFixed(2)}`; }
  console.log(inset.id, 'scale', inset.scale, 'rel merc bbox', [w,s,e,n].map(v=>v.toFixed(2)).join(','), msg);
}
