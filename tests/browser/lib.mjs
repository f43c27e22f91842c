// What the browser journeys stand on: a real SMTP server, a fresh database, the gnlc
// binary started with GNLC_NOW, and an axe-core audit of every page visited.

import { execFileSync, spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, '..', '..');
export const artifacts = join(root, 'tests', 'artifacts', 'browser');
mkdirSync(artifacts, { recursive: true });

export async function freePort() {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** A real SMTP server that keeps what it receives, parsed. */
export class Mailbox {
  mails = [];

  async start() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, done) => {
        simpleParser(stream)
          .then((mail) => {
            this.mails.push({
              to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
              subject: mail.subject ?? '',
              text: mail.text ?? '',
            });
            done();
          })
          .catch(done);
      },
    });
    this.port = await freePort();
    await new Promise((resolve) => this.server.listen(this.port, '127.0.0.1', resolve));
    return this;
  }

  url() {
    return `smtp://127.0.0.1:${this.port}`;
  }

  to(address) {
    return this.mails.filter((m) => m.to.includes(address.toLowerCase()));
  }

  /** The first mail to `address` whose subject matches, waiting up to 15 s for it. */
  async waitFor(address, subject) {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const found = this.to(address).find((m) => subject.test(m.subject));
      if (found) return found;
      if (Date.now() > deadline) {
        const got = this.to(address).map((m) => m.subject);
        throw new Error(`no mail to ${address} matching ${subject}; got ${JSON.stringify(got)}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  close() {
    return new Promise((resolve) => this.server.close(resolve));
  }
}

const psql = process.env.GNLC_PG_BINDIR ? join(process.env.GNLC_PG_BINDIR, 'psql') : 'psql';

/** A fresh database on the server of DATABASE_URL; returns its URL. */
export function freshDatabase() {
  const admin = process.env.DATABASE_URL;
  if (!admin) throw new Error('DATABASE_URL is not set: run the tests with scripts/test');
  const name = `gnlc_e2e_${process.pid}_${Date.now()}`;
  execFileSync(psql, [admin, '-qc', `CREATE DATABASE "${name}"`]);
  const [base, query] = admin.split('?');
  const url = `${base.slice(0, base.lastIndexOf('/'))}/${name}${query ? `?${query}` : ''}`;
  return { name, url, drop: () => execFileSync(psql, [admin, '-qc', `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`]) };
}

const binary = process.env.GNLC_BIN ?? join(root, 'target', 'debug', 'gnlc');

/** `gnlc user add …` with the password on standard input. */
export function addUser(databaseUrl, args, password) {
  execFileSync(binary, ['user', 'add', ...args], {
    input: `${password}\n`,
    env: { PATH: process.env.PATH, DATABASE_URL: databaseUrl, RUST_LOG: 'warn' },
  });
}

/** The application, started with its clock at `now`, until `stop()`. */
export async function startServer({ databaseUrl, smtpUrl, now }) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(binary, ['serve'], {
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: databaseUrl,
      BIND_ADDR: `127.0.0.1:${port}`,
      BASE_URL: base,
      SMTP_URL: smtpUrl,
      GNLC_NOW: now,
      RUST_LOG: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const r = await fetch(`${base}/readyz`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('gnlc serve did not become ready');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

const consoleErrors = new WeakMap();

/** Keeps the page's console errors (a CSP refusal among them) for the next audit. */
export function watchConsole(page) {
  consoleErrors.set(page, []);
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.get(page).push(m.text());
  });
}

const axeSource = readFileSync(join(here, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
let shot = 0;
export const audited = [];

/**
 * The accessibility audit of the page now shown: axe-core's serious and critical
 * violations must be none. The page is also kept as a screenshot.
 */
export async function audit(page, label) {
  await page.waitForLoadState('load');
  const errors = consoleErrors.get(page)?.splice(0) ?? [];
  const blocked = errors.filter((e) => /Content Security Policy|Refused to/.test(e));
  if (blocked.length > 0) throw new Error(`the page's own CSP blocked something on ${label}: ${blocked.join('; ')}`);
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  shot += 1;
  const file = `${String(shot).padStart(3, '0')}-${label.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`;
  await page.screenshot({ path: join(artifacts, file), fullPage: true });
  audited.push({ label, url: page.url(), violations: bad.length });
  if (bad.length > 0) {
    const detail = bad.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    throw new Error(`accessibility violations on ${label} (${page.url()}):\n${detail.join('\n')}`);
  }
}

/** A tiny RFC 4180 reader, for the export. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A small real PDF, written to the artifacts folder for uploading. */
/** A small real PDF of one blank page, as a scanner would make, named `name`. */
export function pdfFile(name) {
  const path = join(artifacts, name);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let content = `%PDF-1.4\n% ${name}\n`;
  const offsets = objects.map((body, i) => {
    const at = Buffer.byteLength(content);
    content += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = Buffer.byteLength(content);
  content += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const at of offsets) content += `${String(at).padStart(10, '0')} 00000 n \n`;
  content += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  writeFileSync(path, content);
  return path;
}

/**
 * A message of the site's catalogue (locales/<lang>/*.ftl), as the page shows it: for
 * the tests that click buttons by the name a French or Arabic reader sees. Only
 * single-line messages are read; `args` fill their placeables ({ $city }).
 */
export function t(lang, key, args = {}) {
  const dir = join(root, 'locales', lang);
  for (const file of ['common', 'public', 'account', 'city', 'form', 'natcom', 'uil', 'mail', 'refusals']) {
    const text = readFileSync(join(dir, `${file}.ftl`), 'utf8');
    const line = text.split('\n').find((l) => l.startsWith(`${key} = `));
    if (line) {
      // A reference to another message, such as { site-short-name }, as the page shows it.
      return line
        .slice(key.length + 3)
        .trim()
        .replace(/\{ ([a-z][a-z0-9_-]*) \}/g, (_, ref) => t(lang, ref))
        .replace(/\{ \$([a-z_]+) \}/g, (_, name) => String(args[name] ?? `{$${name}}`));
    }
  }
  throw new Error(`no message ${key} in locales/${lang}`);
}

/**
 * The text of `selector` as a person reads it: without the invisible marks that isolate
 * a placeable's direction (U+2068, U+2069), which Fluent puts around values in pages.
 */
export async function textOf(page, selector) {
  return ((await page.textContent(selector)) ?? '').replace(/[\u2068\u2069]/g, '');
}

/**
 * An accessible name to find a button or link by, exactly, whatever isolation marks the
 * page's messages put around the values inside it ("Endorse ⁨Nancy⁩" is "Endorse Nancy").
 */
export function named(name) {
  const marks = '[\\u2068\\u2069]*';
  const chars = [...name].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${marks}${chars.join(marks)}${marks}$`);
}

// ---------- second factors, as an authenticator app computes them ----------

/** Bytes of an RFC 4648 base32 text (no padding), as authenticator apps read keys. */
function base32Bytes(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of text.replace(/\s+/g, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** The six-digit RFC 6238 code of `key` (base32) for the 30-second time step `step`. */
export function totp(key, step) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', base32Bytes(key)).update(counter).digest();
  const offset = mac[mac.length - 1] & 15;
  const value = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(value % 1_000_000).padStart(6, '0');
}

const keys = new Map();
const stepsUsed = new Map();

/** A code of `address`'s key for a step it has not used yet (each code works once). */
async function freshCode(address) {
  for (;;) {
    const now = Math.floor(Date.now() / 1000 / 30);
    const step = Math.max(now, (stepsUsed.get(address) ?? -1) + 1);
    if (step <= now + 1) {
      stepsUsed.set(address, step);
      return totp(keys.get(address), step);
    }
    await new Promise((r) => setTimeout(r, 2000));
  }
}

/**
 * The second step of signing in, as a person with an authenticator app takes it, in the
 * page's language `lang`: a staff account without a second factor sets one up (reading
 * the key printed beside the QR code); one with a second factor types the code.
 */
export async function secondFactor(page, address, lang, label) {
  const path = new URL(page.url()).pathname;
  if (path === '/account/two-factor') {
    await audit(page, `${label}: set up two-factor sign-in`);
    const key = (await page.locator('code.secret').textContent()).replace(/\s+/g, '');
    keys.set(address, key);
    await page.fill('#code', await freshCode(address));
    await page.getByRole('button', { name: named(t(lang, 'account-two-factor-submit')) }).click();
    await audit(page, `${label}: recovery codes`);
    const codes = await page.locator('.recovery-codes code').count();
    if (codes !== 10) throw new Error(`ten recovery codes are shown once, not ${codes}`);
    await page.getByRole('link', { name: named(t(lang, 'account-continue')) }).click();
  } else if (path === '/login/code') {
    await audit(page, `${label}: sign-in code`);
    await page.fill('#code', await freshCode(address));
    await page.getByRole('button', { name: named(t(lang, 'account-code-submit')) }).click();
  }
}
