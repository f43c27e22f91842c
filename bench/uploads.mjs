// Ten city accounts of the demo upload a form of 24 MB each, all at once, to their
// drafts' commitment section; prints the statuses and how long it took.
//
//   node bench/uploads.mjs BASE COUNT
const [base, count] = process.argv.slice(2);

const tokenOf = (html) => html.match(/name="csrf_token" value="([^"]*)"/)[1];
const cookiesOf = (response) =>
  response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');

/** A real PDF of one page, padded with a comment to `size` bytes. */
function pdf(size) {
  const head = '%PDF-1.4\n';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let body = head;
  const offsets = objects.map((o, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 4\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  const padding = Math.max(0, size - body.length - 3);
  return Buffer.concat([Buffer.from(body), Buffer.from(`%${' '.repeat(padding)}\n`)]);
}

async function signIn(email) {
  const login = await fetch(`${base}/login`);
  let cookie = cookiesOf(login);
  const token = tokenOf(await login.text());
  const response = await fetch(`${base}/login`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrf_token: token, email, password: 'demo password 2027' }),
    redirect: 'manual',
  });
  cookie = cookiesOf(response);
  const account = await fetch(`${base}/account`, { headers: { cookie } });
  return { cookie, token: tokenOf(await account.text()) };
}

const people = [];
for (let n = 0; n < Number(count); n += 1) {
  const { cookie, token } = await signIn(`city-${n}@demo.example`);
  const list = await (await fetch(`${base}/applications`, { headers: { cookie } })).text();
  const id = list.match(/href="\/applications\/(\d+)"/)[1];
  people.push({ cookie, token, id });
}
const started = Date.now();
const statuses = await Promise.all(
  people.map(async ({ cookie, token, id }) => {
    const form = new FormData();
    form.append('csrf_token', token);
    form.append('commitment', 'yes');
    form.append('pledge_pdf', new Blob([pdf(10 * 1024 * 1024)]), 'pledge.pdf');
    form.append('supporting_pdf', new Blob([pdf(4 * 1024 * 1024)]), 'annex.pdf');
    form.append('supporting_pdf', new Blob([pdf(10 * 1024 * 1024)]), 'strategy.pdf');
    const response = await fetch(`${base}/applications/${id}/edit/commitment`, {
      method: 'POST',
      headers: { cookie },
      body: form,
      redirect: 'manual',
    });
    await response.arrayBuffer();
    return response.status;
  }),
);
console.log(`${statuses.length} forms of 24 MB in ${Date.now() - started} ms: ${statuses.join(' ')}`);
