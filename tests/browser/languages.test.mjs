// The call in French and in Arabic, in a real browser: a French-speaking city registers
// and starts its application in French, with its mail in French; visitors, a National
// Commission and UIL read the main pages in Arabic, right to left. Every page is audited
// by axe-core and kept as a screenshot (tests/artifacts/browser).

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { Mailbox, addUser, audit, watchConsole, freshDatabase, startServer, t, textOf, named } from './lib.mjs';

const PASSWORD = 'correct horse battery staple';
const STAFF_PASSWORD = 'staff password for the test';

let browser;
let mailbox;
let db;
let server;

before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
  mailbox = await new Mailbox().start();
  db = freshDatabase();
  addUser(db.url, ['--role', 'natcom', '--email', 'natcom@ma.example', '--country', 'MA', '--name', 'Amina Benali'], STAFF_PASSWORD);
  addUser(db.url, ['--role', 'uil_admin', '--email', 'admin@uil.example', '--name', 'Ingrid Olsen'], STAFF_PASSWORD);
  server = await startServer({ databaseUrl: db.url, smtpUrl: mailbox.url(), now: '2023-05-15T12:00:00Z' });
});

after(async () => {
  await server?.stop();
  await browser?.close();
  await mailbox?.close();
  db?.drop();
});

/** A tab of a browser whose language is `locale` (its Accept-Language). */
async function person(locale) {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  watchConsole(page);
  return page;
}

async function go(page, path, label) {
  await page.goto(server.base + path);
  await audit(page, label);
}

async function click(page, name, label) {
  await page.getByRole('button', { name: named(name) }).click();
  await audit(page, label);
}

async function htmlLang(page) {
  return page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
}

test('a French-speaking city registers and starts its application in French', async () => {
  const page = await person('fr-FR');
  await go(page, '/', 'fr call page');
  assert.deepEqual(await htmlLang(page), ['fr', 'ltr']);
  const main = await textOf(page, 'main');
  assert.match(main, /31 mai 2023/, 'the deadline as French writes it');
  assert.match(main, /Commission nationale pour l.UNESCO/, 'the glossary name');
  await page.getByRole('link', { name: t('fr', 'public-register-to-apply') }).click();
  await audit(page, 'fr register');
  await page.fill('#name', 'Équipe de Nancy');
  await page.fill('#email', 'nancy@city.example');
  await page.fill('#password', PASSWORD);
  await click(page, t('fr', 'account-register-submit'), 'fr check your email');
  const mail = await mailbox.waitFor('nancy@city.example', /./);
  assert.equal(mail.subject, t('fr', 'mail-verify_email-subject'), 'the mail is in French');
  const link = mail.text.match(/http:\/\/\S+\/verify-email\/[0-9a-f]+/)[0];
  await page.goto(link);
  await audit(page, 'fr confirm email');
  await click(page, t('fr', 'account-confirm-email-submit'), 'fr email confirmed');
  await page.fill('#email', 'nancy@city.example');
  await page.fill('#password', PASSWORD);
  await click(page, t('fr', 'nav-sign-in'), 'fr your applications');
  assert.deepEqual(await htmlLang(page), ['fr', 'ltr']);
  // The country list is in French, in French alphabetical order.
  await page.goto(`${server.base}/applications/new`);
  await audit(page, 'fr start an application');
  const countries = await page.locator('#country option').allTextContents();
  assert.ok(countries.includes('France') && countries.includes('Allemagne'), 'UN names in French');
  const egypt = countries.indexOf('Égypte');
  const spain = countries.indexOf('Espagne');
  assert.ok(egypt >= 0 && egypt < spain, 'Égypte before Espagne, as French sorts them');
});

test('visitors, a National Commission and UIL read the main pages in Arabic, right to left', async () => {
  const visitor = await person('ar');
  for (const [path, label] of [['/', 'ar call page'], ['/members', 'ar members'], ['/login', 'ar sign in'], ['/register', 'ar register']]) {
    await go(visitor, path, label);
    assert.deepEqual(await htmlLang(visitor), ['ar', 'rtl'], path);
  }
  assert.match(await textOf(visitor, 'header'), /شبكة اليونسكو العالمية لمدن التعلّم/);

  // A National Commission signs in in English, then chooses Arabic in the menu.
  const natcom = await person('en-GB');
  await go(natcom, '/login', 'sign in before choosing');
  await natcom.fill('#email', 'natcom@ma.example');
  await natcom.fill('#password', STAFF_PASSWORD);
  await click(natcom, 'Sign in', 'natcom dashboard in English');
  await natcom.getByRole('button', { name: 'العربية' }).click();
  await audit(natcom, 'ar natcom dashboard');
  assert.deepEqual(await htmlLang(natcom), ['ar', 'rtl']);

  const admin = await person('ar');
  await go(admin, '/login', 'ar admin sign in');
  await admin.fill('#email', 'admin@uil.example');
  await admin.fill('#password', STAFF_PASSWORD);
  await click(admin, t('ar', 'nav-sign-in'), 'ar uil dashboard');
  assert.deepEqual(await htmlLang(admin), ['ar', 'rtl']);
  await go(admin, '/uil/calls', 'ar uil calls');
});
