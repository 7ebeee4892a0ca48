// Browser journey of a meeting on the demo city, with JavaScript off: the city's admin creates a meeting
// with one seat; Amina registers and holds the seat, Louis joins the waitlist; Amina cancels (after the
// confirmation page), Louis is promoted and receives the mail (the outbox); the meeting's .ics file
// opens in ical.js; the organiser checks Louis's code at the door. The demo's past meeting shows its
// approved minutes and the proposals born in it. Axe finds no serious or critical problem on these
// pages (axe needs script: each page is checked again in a second browser with the same cookies).
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { lastMailTo, openScriptlessJourney, type RunningServer, type ScriptlessJourney, signIn, startServer } from './support.ts';

let server: RunningServer;
let journey: ScriptlessJourney;
let browser: ScriptlessJourney['browser'];
let page: Page;

beforeAll(async () => {
  server = await startServer();
  journey = await openScriptlessJourney();
  ({ browser, page } = journey);
});
afterAll(async () => {
  await journey?.close();
  await server?.stop();
});

const accessible = () => journey.accessible();
const submit = (selector: string) => journey.submit(selector);
const main = () => journey.main();

async function signInAs(email: string, password: string) {
  await browser.context.clearCookies();
  await signIn(page, server.baseUrl, email, password);
}

let meetingUrl = '';
let code = '';

it('the admin creates a meeting with one seat (a bad end time is refused with the values kept)', async () => {
  await signInAs('admin@bellerive.example', 'bellerive-admin');
  await page.goto(`${server.baseUrl}/processes/plan-climat-tilleuls`);
  expect(await main()).toContain('Réunion publique\u202F: le plan climat des Tilleuls');
  await accessible();
  await submit('main a:text-is("Réunions")');
  await accessible();
  await submit('a:has-text("Nouvelle réunion")');
  await accessible();
  const start = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
  await page.fill('#field-title_fr', 'Balade des îlots de fraîcheur');
  await page.fill('#field-title_en', 'Cool islands walk');
  await page.fill('#field-address', 'Place du marché, Bellerive');
  await page.check('#field-step_free');
  await page.fill('#field-starts_local', `${start}T10:00`);
  await page.fill('#field-ends_local', `${start}T09:00`);
  await page.fill('#field-capacity', '1');
  await submit('main button[type=submit]');
  expect(await main()).toContain('La fin doit venir après le début.');
  expect(await page.inputValue('#field-title_fr')).toBe('Balade des îlots de fraîcheur');
  await page.fill('#field-ends_local', `${start}T12:00`);
  await submit('main button[type=submit]');
  expect(await main()).toContain('La réunion est créée.');
  meetingUrl = page.url();
});

it('Amina takes the seat, Louis waits, Amina cancels: Louis is promoted and mailed', async () => {
  await signInAs('amina@bellerive.example', 'bellerive-amina');
  await page.goto(meetingUrl);
  await accessible();
  await submit('button:has-text("M’inscrire")');
  expect(await main()).toContain('Votre place est confirmée.');
  await accessible();

  await signInAs('louis@bellerive.example', 'bellerive-louis');
  await page.goto(meetingUrl);
  expect(await main()).toContain('Toutes les places sont prises');
  await submit('button:has-text("M’inscrire en liste d’attente")');
  expect(await main()).toContain('Vous êtes en liste d’attente, n° 1.');
  await accessible();

  await signInAs('amina@bellerive.example', 'bellerive-amina');
  await page.goto(meetingUrl);
  await submit('a:has-text("Annuler mon inscription")');
  await accessible();
  await submit('main form button[type=submit]');
  expect(await main()).toContain('Votre inscription est annulée.');

  const mail = await lastMailTo(server, 'louis@bellerive.example');
  expect(mail?.subject).toContain('une place s’est libérée — Balade des îlots de fraîcheur');
  expect(mail?.text).toContain(meetingUrl);
  code = /Votre code d’inscription\s: (\w{4}-\w{4})/.exec(mail!.text)![1];

  await signInAs('louis@bellerive.example', 'bellerive-louis');
  await page.goto(meetingUrl);
  expect(await main()).toContain('Votre place est confirmée.');
  expect(await main()).toContain(code);
});

it('the meeting’s .ics opens in ical.js, and the organiser checks Louis’s code at the door', async () => {
  const ics = await page.request.get(`${meetingUrl}/event.ics`);
  expect(ics.headers()['content-type']).toContain('text/calendar');
  const events = new ICAL.Component(ICAL.parse(await ics.text())).getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  expect(events[0].getFirstPropertyValue('summary')).toBe('Balade des îlots de fraîcheur');
  expect(events[0].getFirstPropertyValue('url')).toBe(meetingUrl);
  expect(events[0].getFirstPropertyValue('location')).toBe('Place du marché, Bellerive');

  await signInAs('admin@bellerive.example', 'bellerive-admin');
  await page.goto(`${meetingUrl}/organise`);
  await accessible();
  await page.fill('#field-code', code);
  await submit('button:has-text("Vérifier le code")');
  expect(await main()).toContain('Code valable\u202F: présence enregistrée');
  expect(await main()).toContain('1 présents sur 1 inscrits.');
});

it('the demo’s past meeting shows its approved minutes, attendance and the proposals born in it', async () => {
  await browser.context.clearCookies();
  await page.goto(`${server.baseUrl}/processes/plan-climat-tilleuls`);
  await submit('main a:text-is("Réunions")');
  await submit('a:has-text("Atelier\u202F: des îlots de fraîcheur aux Tilleuls")');
  const text = await main();
  expect(text).toContain('Approuvé le');
  expect(text).toContain('(version 2)');
  expect(text).toContain('23 participants.');
  expect(text).toContain('Ouvrir la cour de l’école Jean-Jaurès');
  await accessible();
  const feed = await page.request.get(`${server.baseUrl}/calendar.ics`);
  expect(new ICAL.Component(ICAL.parse(await feed.text())).getAllSubcomponents('vevent').length).toBeGreaterThanOrEqual(2);
});
