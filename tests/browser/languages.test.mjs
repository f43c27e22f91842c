// The call in French and in Arabic, in a real browser: a French-speaking city registers
// and starts its application in French, with its mail in French; visitors, a National
// Commission and UIL read the main pages in Arabic, right to left. Every page is audited
// by axe-core and kept as a screenshot (tests/artifacts/browser).

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { Mailbox, addUser, audit, secondFactor, watchConsole, freshDatabase, pdfFile, startServer, t, textOf, named } from './lib.mjs';

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
  addUser(db.url, ['--role', 'natcom', '--email', 'natcom@fr.example', '--country', 'FR', '--name', 'Claire Martin'], STAFF_PASSWORD);
  addUser(db.url, ['--role', 'uil_admin', '--email', 'admin@uil.example', '--name', 'Ingrid Olsen'], STAFF_PASSWORD);
  await restartAt('2023-05-15T12:00:00Z');
});

async function restartAt(now) {
  await server?.stop();
  server = await startServer({ databaseUrl: db.url, smtpUrl: mailbox.url(), now });
}

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
  await secondFactor(natcom, 'natcom@ma.example', 'en', 'natcom in English');
  await natcom.getByRole('button', { name: 'العربية' }).click();
  await audit(natcom, 'ar natcom dashboard');
  assert.deepEqual(await htmlLang(natcom), ['ar', 'rtl']);

  const admin = await person('ar');
  await go(admin, '/login', 'ar admin sign in');
  await admin.fill('#email', 'admin@uil.example');
  await admin.fill('#password', STAFF_PASSWORD);
  await click(admin, t('ar', 'nav-sign-in'), 'ar two-factor set-up');
  await secondFactor(admin, 'admin@uil.example', 'ar', 'ar uil dashboard');
  assert.deepEqual(await htmlLang(admin), ['ar', 'rtl']);
  await go(admin, '/uil/calls', 'ar uil calls');
});

const fr = (key, args) => t('fr', key, args);

/** Signs in on the sign-in page, in French. */
async function signInFr(page, address, password, label) {
  await go(page, '/login', `fr sign in: ${label}`);
  await page.fill('#email', address);
  await page.fill('#password', password);
  await click(page, fr('nav-sign-in'), label);
  await secondFactor(page, address, 'fr', label);
}

test('in French from end to end: Nancy applies, the National Commission endorses, UIL accepts, mail in French', async () => {
  // Nancy's application, from the draft the first test started.
  const city = await person('fr-FR');
  await signInFr(city, 'nancy@city.example', PASSWORD, 'fr applications');
  await city.goto(`${server.base}/applications/new`);
  await city.fill('#city_name', 'Nancy');
  await city.selectOption('#country', { label: 'France' });
  await click(city, fr('city-new-start'), 'fr task list');
  const nancyId = Number(city.url().match(/applications\/(\d+)/)[1]);
  const sections = {
    city: { website: 'www.nancy.example', language: 'fr' },
    mayor: { mayor_salutation: 'M.', mayor_name: 'Mathieu Klein', mayor_title: 'Maire de Nancy' },
    contact: {
      contact_salutation: 'Mme',
      contact_name: 'Paule Durand',
      contact_title: 'Directrice de l’éducation',
      contact_organisation: 'Ville de Nancy',
      contact_address: '1 place Stanislas\nNancy',
      contact_postcode: '54000',
      contact_phone: '+33 3 83 85 30 00',
      contact_email: 'contact@nancy.example',
    },
    // As a French person writes numbers: a space between thousands, a decimal comma.
    profile: { population: '104 000', population_year: '2021', area_km2: '15,01', area_year: '2021' },
    motivation: { motivation: 'Nancy veut apprendre avec les villes du monde.' },
    implementation: { implementation: 'Nancy crée des quartiers apprenants avec ses bibliothèques.' },
    priorities: { priority_inclusive: '5', priority_families: '4', priority_workplace: '3', priority_technologies: '4', priority_quality: '5', priority_culture: '4' },
  };
  await city.getByRole('link', { name: named(fr('section-city')) }).click();
  await audit(city, 'fr the city section');
  for (const [section, values] of Object.entries(sections)) {
    for (const [name, value] of Object.entries(values)) {
      if ((await city.locator(`input[type=radio][name=${name}]`).count()) > 0) {
        await city.check(`input[type=radio][name=${name}][value="${value}"]`);
      } else {
        await city.fill(`#${name}`, value);
      }
    }
    await click(city, fr('city-save-and-continue'), `fr ${section} saved`);
  }
  await city.check('#commitment');
  await city.setInputFiles('#pledge_pdf', pdfFile('engagement-nancy.pdf'));
  await click(city, fr('city-save-and-continue'), 'fr commitment saved');
  await city.getByRole('button', { name: named(fr('city-save-and-check')) }).click();
  await audit(city, 'fr check your answers');
  assert.match(await textOf(city, 'main'), /104\s000/, 'the population as French writes it');
  await click(city, fr('city-submit-button'), 'fr application submitted');
  assert.match(await textOf(city, 'main'), new RegExp(fr('city-submitted-title')));
  const receipt = await mailbox.waitFor('nancy@city.example', /^Reçue/);
  assert.equal(receipt.subject, fr('mail-submission_receipt-subject', { city: 'Nancy' }));
  await city.context().close();

  // The National Commission of France, whose browser asks for French, endorses Nancy.
  await restartAt('2023-06-05T12:00:00Z');
  const natcom = await person('fr-FR');
  await signInFr(natcom, 'natcom@fr.example', STAFF_PASSWORD, 'fr natcom dashboard');
  assert.deepEqual(await htmlLang(natcom), ['fr', 'ltr']);
  await natcom.getByRole('link', { name: named('Nancy') }).click();
  await audit(natcom, 'fr natcom: Nancy');
  await natcom.fill('#officer_name', 'Claire Martin');
  await natcom.fill('#officer_title', 'Secrétaire générale');
  await natcom.setInputFiles('#signed_endorsement', pdfFile('approbation.pdf'));
  await click(natcom, fr('natcom-endorse-button', { city: 'Nancy' }), 'fr natcom: Nancy endorsed');
  await go(natcom, '/natcom', 'fr natcom dashboard before submitting');
  await click(natcom, fr('natcom-submit-button'), 'fr natcom: submitted to UIL');
  const endorsed = await mailbox.waitFor('nancy@city.example', /approbation/);
  assert.equal(endorsed.subject, fr('mail-natcom_endorsed-subject', { city: 'Nancy' }));
  await natcom.context().close();

  // UIL, in French, accepts Nancy; the city and its National Commission hear it in French.
  await restartAt('2023-07-02T12:00:00Z');
  const admin = await person('fr-FR');
  await signInFr(admin, 'admin@uil.example', STAFF_PASSWORD, 'fr UIL applications');
  await admin.getByRole('link', { name: named('Nancy') }).click();
  await audit(admin, 'fr UIL: Nancy');
  if (await admin.getByRole('button', { name: named(fr('uil-start-review')) }).count()) {
    await click(admin, fr('uil-start-review'), 'fr UIL: Nancy under review');
  }
  await admin.check('input[name=decision][value=accepted]');
  await admin.fill('#message', 'Bienvenue dans le réseau.');
  await click(admin, fr('uil-record-decision'), 'fr UIL: Nancy accepted');
  const accepted = await mailbox.waitFor('nancy@city.example', /rejoint/);
  assert.equal(accepted.subject, fr('mail-uil_accepted-subject', { city: 'Nancy' }));
  assert.match(accepted.text, /Bienvenue dans le réseau/);
  await admin.context().close();

  // The form in Arabic, right to left, with Nancy's answers as she typed them. Her
  // account keeps French, the language she registered in, whatever the browser asks,
  // until she chooses Arabic in the menu.
  const reader = await person('ar');
  await go(reader, '/login', 'ar city sign in');
  await reader.fill('#email', 'nancy@city.example');
  await reader.fill('#password', PASSWORD);
  await click(reader, t('ar', 'nav-sign-in'), 'fr city applications, her account\'s language');
  assert.deepEqual(await htmlLang(reader), ['fr', 'ltr']);
  await reader.getByRole('button', { name: 'العربية' }).click();
  await audit(reader, 'ar city applications');
  await go(reader, `/applications/${nancyId}/print`, 'ar the form as printed');
  assert.deepEqual(await htmlLang(reader), ['ar', 'rtl']);
  assert.match(await textOf(reader, 'main'), /Mathieu Klein/);
  await reader.context().close();
});
