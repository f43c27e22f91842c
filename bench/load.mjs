// Submits drafts one after another on CONCURRENCY connections until the time is up, and
// writes "ok ID" for each submission the server answered with a redirect (its 2xx-class
// success) and "fail ID REASON" otherwise. Usage:
//   node bench/load.mjs BASE_URL COOKIE CSRF IDS_FILE SECONDS CONCURRENCY [PAUSE_MS] > log
// PAUSE_MS paces each connection, so that the load lasts through the whole run.
import { readFileSync } from 'node:fs';

const [base, cookie, csrf, idsFile, seconds, concurrency, pause = '0'] = process.argv.slice(2);
const ids = readFileSync(idsFile, 'utf8').trim().split('\n');
const until = Date.now() + Number(seconds) * 1000;
let next = 0;
const started = Date.now();

async function worker() {
  while (Date.now() < until && next < ids.length) {
    const id = ids[next++];
    const t = ((Date.now() - started) / 1000).toFixed(1);
    try {
      const r = await fetch(`${base}/applications/${id}/submit`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: `csrf_token=${csrf}`,
        signal: AbortSignal.timeout(10_000),
      });
      console.log(r.status === 303 ? `ok ${id} ${t}` : `fail ${id} ${t} ${r.status}`);
      await new Promise((r) => setTimeout(r, Number(pause)));
    } catch (e) {
      console.log(`fail ${id} ${t} ${e.cause?.code ?? e.name}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
await Promise.all(Array.from({ length: Number(concurrency) }, worker));
