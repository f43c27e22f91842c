// Makes changes at a steady rate until stopped: POSTs a form again and again, one at a
// time over one kept-alive connection, and prints how many were answered 303 when it
// gets SIGTERM. For the rows of bench/run.sh that measure pages while things change.
//
//   node bench/changes.mjs URL COOKIE BODY PER_SECOND
const [url, cookie, body, perSecond] = process.argv.slice(2);
let sent = 0;
let refused = 0;
process.on('SIGTERM', () => {
  console.log(`${sent} changes sent, ${refused} not answered 303`);
  process.exit(0);
});
const start = Date.now();
for (;;) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body,
    redirect: 'manual',
  });
  await response.arrayBuffer();
  sent += 1;
  if (response.status !== 303) refused += 1;
  const wait = start + (sent * 1000) / Number(perSecond) - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}
