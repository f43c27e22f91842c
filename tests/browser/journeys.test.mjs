// The 2023 call played in a real browser, across both deadlines: cities apply, a National
// Commission endorses three and submits them to UIL, UIL decides. The server is restarted
// with GNLC_NOW between phases; the data persists. Every page visited is audited by axe-core.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import {
  Mailbox,
  addUser,
  secondFactor,
  audit,
  textOf,
  named,
  audited,
  watchConsole,
  freshDatabase,
  parseCsv,
  pdfFile,
  startServer,
} from './lib.mjs';

const PASSWORD = 'correct horse battery staple';
const STAFF_PASSWORD = 'staff password for the test';
const FRANCE = ['Nancy', 'Metz', 'Rouen', 'Dijon'];
const cities = [...FRANCE.map((c) => ({ city: c, country: 'France' })), { city: 'Leipzig', country: 'Germany' }];
const email = (city) => `${city.toLowerCase()}@city.example`;

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
  addUser(db.url, ['--role', 'natcom', '--email', 'natcom@fr.example', '--country', 'FR', '--name', 'Claire Martin'], STAFF_PASSWORD);
  addUser(db.url, ['--role', 'natcom', '--email', 'natcom@de.example', '--country', 'DE', '--name', 'Jonas Weber'], STAFF_PASSWORD);
  addUser(db.url, ['--role', 'uil_reviewer', '--email', 'reviewer1@uil.example', '--name', 'Raúl Ortega'], STAFF_PASSWORD);
  addUser(db.url, ['--role', 'uil_reviewer', '--email', 'reviewer2@uil.example', '--name', 'Mei Chen'], STAFF_PASSWORD);
  addUser(db.url, ['--role', 'uil_admin', '--email', 'admin@uil.example', '--name', 'Ingrid Olsen'], STAFF_PASSWORD);
});

after(async () => {
  await server?.stop();
  await browser?.close();
  await mailbox?.close();
  db?.drop();
  console.log(`audited ${audited.length} pages with axe-core`);
});

async function restartAt(now) {
  await server?.stop();
  server = await startServer({ databaseUrl: db.url, smtpUrl: mailbox.url(), now });
}

/** A new browser tab with cookies of its own; CSP violations in it fail the test. */
async function person() {
  const context = await browser.newContext();
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

async function signIn(page, address, password) {
  await go(page, '/login', 'sign in');
  await page.fill('#email', address);
  await page.fill('#password', password);
  await click(page, 'Sign in', 'after sign in');
  await secondFactor(page, address, 'en', 'after sign in');
}

/** The answers of each section, as a city types them. */
function answers(city, country) {
  const slug = city.toLowerCase();
  return {
    // In the order of the page, for the keyboard.
    city: { website: `www.${slug}.example`, language: 'en' },
    mayor: { mayor_salutation: 'Ms', mayor_name: `Mayor of ${city}`, mayor_title: `Maire de ${city}` },
    contact: {
      contact_salutation: 'Mr',
      contact_name: 'Paul Durand',
      contact_title: 'Head of Education',
      contact_organisation: `City of ${city}`,
      contact_address: `1 Place de la Mairie\n${city}`,
      contact_postcode: '54000',
      contact_phone: country === 'Germany' ? '+49 341 1230' : '+33 3 83 85 30 00',
      contact_email: `contact@${slug}.example`,
    },
    profile: { population: '104 000', population_year: '2021', area_km2: '15.01', area_year: '2021' },
    motivation: { motivation: `${city} wants to learn with the cities of the world.` },
    implementation: { implementation: `${city} builds learning neighbourhoods with its libraries and schools.` },
    priorities: { priority_inclusive: '5', priority_families: '4', priority_workplace: '3', priority_technologies: '4', priority_quality: '5', priority_culture: '4' },
  };
}

/** Fills a section with the mouse and keyboard as most people do, then continues. */
async function fillSection(page, section, values) {
  for (const [name, value] of Object.entries(values)) {
    if ((await page.locator(`input[type=radio][name=${name}]`).count()) > 0) {
      await page.check(`input[type=radio][name=${name}][value="${value}"]`);
    } else {
      await page.fill(`#${name}`, value);
    }
  }
  await click(page, 'Save and continue', `${section} saved`);
}

/** Presses `key` and waits for the page it leads to. */
async function pressAndFollow(page, key) {
  const navigation = page.waitForNavigation({ waitUntil: 'load' });
  await page.keyboard.press(key);
  await navigation;
}

/** Presses Tab until `selector` has the focus: proof it is reachable by keyboard. */
async function tabTo(page, selector) {
  for (let i = 0; i < 120; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} cannot be reached with the Tab key`);
}

/** The same, with the keyboard alone. */
async function fillSectionByKeyboard(page, section, values) {
  for (const [name, value] of Object.entries(values)) {
    const isRadio = (await page.locator(`input[type=radio][name=${name}]`).count()) > 0;
    if (isRadio) {
      await tabTo(page, `input[type=radio][name=${name}]`);
      await page.keyboard.press('Space');
      const options = await page.locator(`input[type=radio][name=${name}]`).evaluateAll((els) => els.map((e) => e.value));
      for (let i = 0; i < options.indexOf(value); i += 1) await page.keyboard.press('ArrowRight');
    } else {
      await tabTo(page, `#${name}`);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(value.replace(/\n/g, '\n'));
    }
  }
  await tabTo(page, 'button[value=continue]');
  await pressAndFollow(page, 'Enter');
  await audit(page, `${section} saved by keyboard`);
}

async function registerAndConfirm(page, city) {
  await go(page, '/', 'call page while open');
  await page.getByRole('link', { name: 'Register to apply' }).click();
  await audit(page, 'register');
  await page.fill('#name', `Staff of ${city}`);
  await page.fill('#email', email(city));
  await page.fill('#password', PASSWORD);
  await click(page, 'Create account', 'check your email');
  const mail = await mailbox.waitFor(email(city), /Confirm your email address/);
  const link = mail.text.match(/http:\/\/\S+\/verify-email\/[0-9a-f]+/)[0];
  await page.goto(link);
  await audit(page, 'confirm email');
  await click(page, 'Confirm my email address', 'email confirmed');
  assert.match(await textOf(page, 'main'), /Your email address is confirmed/);
  await page.fill('#email', email(city));
  await page.fill('#password', PASSWORD);
  await click(page, 'Sign in', 'your applications');
}

async function startApplication(page, city, country) {
  await page.getByRole('link', { name: 'Start an application' }).click();
  await audit(page, 'start an application');
  await page.fill('#city_name', city);
  await page.selectOption('#country', { label: country });
  await click(page, 'Start the application', 'task list');
  return Number(page.url().match(/applications\/(\d+)\/edit/)[1]);
}

async function uploadPledgeAndSubmit(page, city, { byKeyboard = false } = {}) {
  const pledge = pdfFile(`pledge-${city.toLowerCase()}.pdf`);
  if (byKeyboard) {
    await tabTo(page, '#commitment');
    await page.keyboard.press('Space');
    await tabTo(page, '#pledge_pdf');
    const chooser = page.waitForEvent('filechooser', { timeout: 10000 }).catch(() => null);
    await page.keyboard.press('Space');
    let picked = await chooser;
    if (!picked) {
      // On a loaded machine the first key can come before the page takes it (seen once on
      // a fresh clone): a person presses again, still by keyboard.
      const again = page.waitForEvent('filechooser');
      await page.focus('#pledge_pdf');
      await page.keyboard.press('Space');
      picked = await again;
    }
    await picked.setFiles(pledge);
    await tabTo(page, 'button[value=continue]');
    await pressAndFollow(page, 'Enter');
    await audit(page, 'commitment by keyboard');
    await tabTo(page, 'button[value=continue]');
    await pressAndFollow(page, 'Enter');
  } else {
    await page.check('#commitment');
    await page.setInputFiles('#pledge_pdf', pledge);
    await click(page, 'Save and continue', 'commitment saved');
    await page.getByRole('button', { name: 'Save and check your answers' }).click();
  }
  await audit(page, 'check your answers');
  assert.match(await textOf(page, 'main'), new RegExp(`Mayor of ${city}`));
  // Nancy consents, beside the button, to the publication of its profile once accepted.
  if (city === 'Nancy') await page.getByLabel(/UIL may publish the city's profile/).check();
  if (byKeyboard) {
    await tabTo(page, 'main form[action$="/submit"] button');
    await pressAndFollow(page, 'Enter');
    await audit(page, 'application submitted');
  } else {
    await click(page, 'Submit to the National Commission', 'application submitted');
  }
  assert.match(await textOf(page, 'main'), /Application submitted/);
}

test('10 May 2023: five cities register, confirm their address, fill in every section and submit', async () => {
  await restartAt('2023-05-10T12:00:00Z');
  for (const { city, country } of cities) {
    const page = await person();
    await registerAndConfirm(page, city);
    await startApplication(page, city, country);
    const sections = answers(city, country);

    if (city === 'Dijon') {
      // The whole form with the keyboard alone.
      await tabTo(page, 'a[href$="/edit/city"]');
      await pressAndFollow(page, 'Enter');
      await audit(page, 'the city section');
      for (const [section, values] of Object.entries(sections)) {
        await fillSectionByKeyboard(page, section, values);
      }
      await uploadPledgeAndSubmit(page, city, { byKeyboard: true });
    } else {
      await page.getByRole('link', { name: named('The city') }).click();
      await audit(page, 'the city section');
      for (const [section, values] of Object.entries(sections)) {
        if (city === 'Metz' && section === 'profile') {
          // A first try with mistakes: the summary names them and keeps what was typed.
          await page.fill('#population', 'about a hundred thousand');
          await page.fill('#area_km2', '15.01');
          await page.fill('#area_year', '2031');
          await page.getByRole('button', { name: named('Save and continue') }).click();
          await audit(page, 'profile with mistakes');
          assert.match(await page.title(), /^Error: /);
          const summary = await textOf(page, '.error-summary');
          assert.match(summary, /Population must be a whole number/);
          assert.match(summary, /Enter the year of the figure as 4 digits/);
          assert.equal(await page.inputValue('#population'), 'about a hundred thousand');
          assert.ok(await page.evaluate(() => document.activeElement?.classList.contains('error-summary')), 'focus is on the summary');
          await page.getByRole('link', { name: /Population must be a whole number/ }).click();
          assert.equal(await page.evaluate(() => document.activeElement?.id), 'population', 'the summary links to the field');
        }
        await fillSection(page, section, values);
      }
      await uploadPledgeAndSubmit(page, city);
    }
    const receipt = await mailbox.waitFor(email(city), /^Received: the application of /);
    assert.match(receipt.text, new RegExp(`National Commission of ${country}`));
    await page.context().close();
  }
  // A sixth city only starts a draft; it will try to submit too late.
  const late = await person();
  await registerAndConfirm(late, 'Reims');
  await startApplication(late, 'Reims', 'France');
  await late.context().close();
  assert.equal(mailbox.to('natcom@fr.example').filter((m) => /^New application to endorse/.test(m.subject)).length, 4);
});

test('5 June 2023: the National Commission endorses three, is refused a fourth, declines it and submits to UIL', async () => {
  await restartAt('2023-06-05T12:00:00Z');
  const natcom = await person();
  await signIn(natcom, 'natcom@fr.example', STAFF_PASSWORD);
  assert.match(natcom.url(), /\/natcom$/);
  assert.match(await textOf(natcom, 'main'), /0 of 3 endorsements used/);
  // The comparison: a real table, its columns and rows named by headers (axe checks it).
  await natcom.getByRole('link', { name: named('Compare the applications side by side, put them in order and choose') }).click();
  await audit(natcom, 'natcom compare');
  const headers = await natcom.locator('table.compare thead th[scope="col"]').count();
  assert.ok(headers >= 4, `a column per submitted application: ${headers}`);
  assert.ok(await natcom.locator('table.compare th[scope="row"]').count() > 10, 'rows named by headers');
  const endorsement = pdfFile('endorsement.pdf');
  for (const city of ['Nancy', 'Metz', 'Rouen', 'Dijon']) {
    await go(natcom, '/natcom', 'natcom dashboard');
    await natcom.getByRole('link', { name: named(city) }).click();
    await audit(natcom, `natcom: ${city}`);
    if (city !== 'Dijon') {
      await natcom.fill('#officer_name', 'Claire Martin');
      await natcom.fill('#officer_title', 'Secretary-General');
      await natcom.setInputFiles('#signed_endorsement', endorsement);
      await click(natcom, `Endorse ${city}`, `natcom: ${city} endorsed`);
      assert.match(await textOf(natcom, 'main'), /Endorsed by the National Commission/);
    }
  }
  // The fourth: the endorse form is replaced by the quota rule and how to free a place.
  const main = await textOf(natcom, 'main');
  assert.match(main, /used all 3 of its endorsements/);
  assert.match(main, /take back one of the endorsements/);
  await natcom.fill('#reason', 'Dijon applied with a plan we could not support this year.');
  await click(natcom, 'Decline Dijon', 'natcom: Dijon declined');
  assert.match(await textOf(natcom, 'main'), /Declined by the National Commission/);
  await go(natcom, '/natcom', 'natcom dashboard before submitting');
  await click(natcom, 'Submit the endorsed applications to UIL', 'natcom: submitted to UIL');
  assert.match(await textOf(natcom, 'main'), /3 applications were submitted to UIL/);

  const declined = await mailbox.waitFor(email('Dijon'), /was not endorsed/);
  assert.match(declined.text, /could not support this year/);
  for (const city of ['Nancy', 'Metz', 'Rouen']) {
    await mailbox.waitFor(email(city), /is endorsed by its National Commission/);
    await mailbox.waitFor(email(city), /is with UIL/);
  }
  await mailbox.waitFor('admin@uil.example', /France submitted 3 application/);

  // Too late for cities.
  const late = await person();
  await signIn(late, email('Reims'), PASSWORD);
  const id = await late.locator('main a[href^="/applications/"]').first().getAttribute('href');
  await go(late, `${id}/check`, 'check answers after the deadline');
  assert.match(await textOf(late, 'main'), /The call closed for cities on 31 May 2023, 23:59 AoE/);
  await late.context().close();
  await natcom.context().close();
});

test('2 July 2023: the National Commission is closed; UIL assesses, accepts two and declines one', async () => {
  await restartAt('2023-07-02T12:00:00Z');
  const natcom = await person();
  await signIn(natcom, 'natcom@fr.example', STAFF_PASSWORD);
  assert.match(await textOf(natcom, 'main'), /The deadline for National Commissions has passed/);
  await natcom.getByRole('link', { name: named('Dijon') }).click();
  await audit(natcom, 'natcom: Dijon after the deadline');
  assert.equal(await natcom.getByRole('button', { name: 'Take back the decision' }).count(), 0);
  await natcom.context().close();

  const ids = {};
  for (const [reviewer, scores] of [['reviewer1@uil.example', '4'], ['reviewer2@uil.example', '5']]) {
    const page = await person();
    await signIn(page, reviewer, STAFF_PASSWORD);
    assert.match(page.url(), /\/uil$/);
    for (const city of ['Nancy', 'Metz', 'Rouen']) {
      await go(page, '/uil', 'UIL applications');
      await page.getByRole('link', { name: named(city) }).click();
      await audit(page, `UIL: ${city}`);
      ids[city] = Number(page.url().match(/applications\/(\d+)/)[1]);
      if (await page.getByRole('button', { name: 'Start the review' }).count()) {
        await click(page, 'Start the review', `UIL: ${city} under review`);
      }
      // The 2023 call's five criteria, in the rubric's order.
      for (const criterion of ['score_1', 'score_2', 'score_3', 'score_4', 'score_5']) {
        await page.check(`input[name=${criterion}][value="${scores}"]`);
      }
      await page.fill('#comment', `${city}: a convincing plan (${reviewer}).`);
      await click(page, 'Hand in my assessment', `UIL: ${city} assessed`);
    }
    await page.context().close();
  }

  const admin = await person();
  await signIn(admin, 'admin@uil.example', STAFF_PASSWORD);
  for (const [city, decision] of [['Nancy', 'accepted'], ['Metz', 'accepted'], ['Rouen', 'not_accepted']]) {
    await go(admin, `/uil/applications/${ids[city]}`, `UIL decision: ${city}`);
    assert.match(await textOf(admin, 'main'), /Mean 4\.5, median 4\.5, spread 0\.7, from 2 assessments/);
    await admin.check(`input[name=decision][value=${decision}]`);
    await admin.fill('#message', decision === 'accepted' ? 'Welcome to the network.' : 'We hope to read you again.');
    await click(admin, 'Record the decision', `UIL: ${city} decided`);
  }
  await go(admin, '/uil', 'UIL applications after decisions');
  // The jury's pages of the call, as a coordinator reads them.
  for (const [link, label] of [['Ranking', 'UIL ranking'], ['Jury and assignments', 'UIL jury'], ['Criteria and weights', 'UIL rubric']]) {
    await go(admin, '/uil/calls', 'UIL calls');
    await admin.getByRole('link', { name: link }).first().click();
    await audit(admin, label);
  }
  assert.match(await textOf(admin, 'main'), /Scores exist on these criteria/);

  const csv = await admin.request.get(`${server.base}/uil/export.csv?country=FR`);
  const rows = parseCsv((await csv.text()).replace(/^\uFEFF/, ''));
  const header = rows[0];
  const byCity = Object.fromEntries(rows.slice(1).map((r) => [r[header.indexOf('city_name')], r]));
  assert.deepEqual(Object.keys(byCity).sort(), ['Metz', 'Nancy', 'Rouen']);
  assert.equal(byCity.Nancy[header.indexOf('stage')], 'accepted');
  assert.equal(byCity.Rouen[header.indexOf('stage')], 'not_accepted');
  assert.equal(byCity.Metz[header.indexOf('contact_address')], '1 Place de la Mairie\nMetz');
  assert.equal(byCity.Metz[header.indexOf('average_score')], '4.50');
  await admin.context().close();

  const visitor = await person();
  await go(visitor, '/members?country=FR', 'members of France');
  const members = await textOf(visitor, 'main');
  assert.match(members, /Nancy\s*France\s*Europe and North America\s*2023/);
  assert.match(members, /Metz\s*France/);
  assert.doesNotMatch(members, /Rouen/);
  // Nancy consented: its profile is a link away, and names no one.
  await visitor.getByRole('link', { name: 'Nancy' }).click();
  await audit(visitor, 'the profile of Nancy');
  const profile = await textOf(visitor, 'main');
  assert.match(profile, /Nancy wants to learn with the cities of the world/);
  assert.doesNotMatch(profile, /Mayor of Nancy/);
  assert.equal(await visitor.getByRole('link', { name: 'Metz' }).count(), 0);
  await go(visitor, '/privacy', 'privacy notice');
  assert.match(await textOf(visitor, 'main'), /Who sees it/);
  await go(visitor, '/', 'call page after the call');
  assert.match(await textOf(visitor, 'main'), /This call is closed/);
  await visitor.context().close();

  // Each city and National Commission heard what its steps promise.
  for (const city of ['Nancy', 'Metz']) await mailbox.waitFor(email(city), /joins the UNESCO Global Network of Learning Cities/);
  await mailbox.waitFor(email('Rouen'), /UIL's decision on the application of Rouen/);
  for (const city of ['Nancy', 'Metz', 'Rouen']) await mailbox.waitFor('natcom@fr.example', new RegExp(`UIL's decision on ${city}`));
  assert.equal(mailbox.to(email('Leipzig')).filter((m) => /endorsed|UIL/.test(m.subject)).length, 0, 'nothing happened to Leipzig');
});
