// Opens generated reference pages in Debian's headless Chromium (driven by playwright-core, which never
// downloads a browser here: executablePath is the system one) and writes down what it sees, as JSON, for
// ReferencePageIT to judge: node browser-check.js JOB.json RESULT.json
'use strict';
const fs = require('fs');
const path = require('path');

const job = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const { chromium } = require(job.playwright);

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const DESKTOP = { width: 1366, height: 850 };
const PHONE = { width: 390, height: 844 };

function url(file, hash) {
  return 'file://' + file + (hash ? '#' + hash : '');
}

/** A page whose console errors, page errors, dialogs and requests to anywhere but file: are recorded. */
async function open(context, file, hash) {
  const page = await context.newPage();
  const seen = { consoleErrors: [], dialogs: [], network: [] };
  page.on('console', (m) => { if (m.type() === 'error') { seen.consoleErrors.push(m.text()); } });
  page.on('pageerror', (e) => seen.consoleErrors.push('page error: ' + e.message));
  page.on('dialog', async (d) => { seen.dialogs.push(d.type() + ': ' + d.message()); await d.dismiss(); });
  page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) { seen.network.push(r.url()); } });
  await page.goto(url(file, hash));
  await page.waitForSelector('html[data-ready]', { state: 'attached', timeout: 30000 });
  return { page, seen };
}

async function navItems(page) {
  return page.$$eval('#nav li', (items) => items.map((li) => {
    const link = li.firstElementChild;
    return { method: link.querySelector('.method').textContent, name: link.lastChild.textContent.trim(),
      href: link.getAttribute('href'), shown: !li.hidden && !li.closest('.folder').hidden };
  }));
}

/** Every request of the page and every language: the code shown after clicking its link and its tab. */
async function everySnippet(page) {
  return page.evaluate(async () => {
    const out = [];
    const here = window.location.pathname.split('/').pop();
    const links = Array.from(document.querySelectorAll('#nav li > a'))
        .filter((a) => a.getAttribute('href').startsWith(here + '#'));
    const tabs = Array.from(document.querySelectorAll('[role=tab]'));
    for (const link of links) {
      const anchor = decodeURIComponent(link.getAttribute('href').split('#')[1]);
      if (window.location.hash !== '#' + anchor) {
        // a click on a fragment link changes the location; the page shows the request on hashchange
        const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
        link.click();
        await changed;
      }
      const article = document.getElementById(anchor);
      for (const tab of tabs) {
        tab.click();
        out.push({ anchor, operationId: article.getAttribute('data-operation-id'), shown: !article.hidden,
          language: tab.getAttribute('data-lang'), selected: tab.getAttribute('aria-selected'),
          path: document.getElementById('code-path').textContent, text: document.getElementById('code-text').textContent });
      }
    }
    return out;
  });
}

async function selectedLanguage(page) {
  return page.$eval('[role=tab][aria-selected=true]', (t) => t.getAttribute('data-lang'));
}

async function axe(page, where, out) {
  await page.addScriptTag({ path: job.axe });
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ': ' + n.failureSummary) }));
  });
  out.push({ where, violations: result });
}

async function loome(browser) {
  const result = {};
  const context = await browser.newContext({ viewport: DESKTOP, colorScheme: 'light' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { page, seen } = await open(context, job.loome);
  result.nav = await navItems(page);

  // search, typed key by key
  await page.focus('#search');
  await page.keyboard.type(job.search);
  result.search = (await navItems(page)).filter((i) => i.shown).map((i) => i.name);
  await page.fill('#search', 'no request is called this');
  result.noMatch = { shown: (await navItems(page)).filter((i) => i.shown).length,
    message: await page.isVisible('#no-match') };
  await page.fill('#search', '');

  result.code = await everySnippet(page);

  // the language is remembered: across requests, a reload and another page of the same browser
  const anchors = result.nav.map((i) => i.href.split('#')[1]);
  await page.click('a[href$="#' + anchors[0] + '"]');
  await page.click('#tab-python');
  await page.click('a[href$="#' + anchors[1] + '"]');
  const remembered = { otherRequest: await selectedLanguage(page) };
  await page.reload();
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  remembered.reload = await selectedLanguage(page);
  const second = await open(context, job.loome, anchors[2]);
  remembered.otherPage = await selectedLanguage(second.page);
  remembered.otherPageCode = await second.page.textContent('#code-text');
  await second.page.close();
  result.remembered = remembered;

  // Copy puts exactly the code shown on the clipboard
  result.copies = [];
  for (const [hash, language] of job.copy) {
    await page.click('a[href$="#' + hash + '"]');
    await page.click('#tab-' + language);
    await page.click('#copy');
    await page.waitForFunction(() => document.getElementById('copy-status').textContent !== '');
    result.copies.push({ hash, language, status: await page.textContent('#copy-status'),
      shown: await page.textContent('#code-text'), clipboard: await page.evaluate(() => navigator.clipboard.readText()) });
  }

  // the role selector: what stays listed for each role
  result.roles = [];
  const options = await page.$$eval('#role option', (os) => os.map((o) => ({ value: o.value, label: o.textContent })));
  for (const option of options) {
    await page.selectOption('#role', option.value);
    const listed = (await navItems(page)).filter((i) => i.shown).map((i) => ({ method: i.method, name: i.name }));
    result.roles.push({ value: option.value, label: option.label, listed,
      status: await page.textContent('#role-status') });
  }
  await page.selectOption('#role', '');

  // the keyboard: skip link, search and Enter, arrow keys between language tabs
  const keyboard = {};
  await page.goto(url(job.loome));
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  await page.keyboard.press('Tab');
  keyboard.firstTab = await page.evaluate(() => document.activeElement.id);
  await page.keyboard.press('Enter');
  keyboard.afterSkip = await page.evaluate(() => document.activeElement.id);
  await page.focus('#search');
  await page.keyboard.type(job.keyboardSearch);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.location.hash.length > 1);
  keyboard.hash = await page.evaluate(() => window.location.hash);
  keyboard.shown = await page.evaluate(() => {
    const a = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    return !!a && !a.hidden;
  });
  await page.focus('[role=tab][aria-selected=true]');
  const before = await selectedLanguage(page);
  await page.keyboard.press('ArrowRight');
  keyboard.arrow = { before, after: await selectedLanguage(page),
    focused: await page.evaluate(() => document.activeElement.getAttribute('data-lang')) };
  result.keyboard = keyboard;
  result.seen = seen;
  await context.close();

  // screenshots for review, and axe in each state (a context that lets axe's script in)
  result.axe = [];
  const shots = [['desktop', DESKTOP, 'light', job.request, false], ['desktop-dark', DESKTOP, 'dark', job.request, false],
    ['overview', DESKTOP, 'light', '', false], ['phone', PHONE, 'light', job.request, false],
    ['phone-requests', PHONE, 'light', '', true], ['phone-dark', PHONE, 'dark', job.request, false]];
  for (const [name, viewport, colorScheme, hash, navOpen] of shots) {
    const c = await browser.newContext({ viewport, colorScheme, bypassCSP: true });
    const o = await open(c, job.loome, hash);
    if (navOpen) {
      await o.page.click('#nav-toggle');
    }
    await o.page.screenshot({ path: path.join(job.screenshots, 'loome-' + name + '.png') });
    await axe(o.page, name, result.axe);
    if (name === 'desktop') {
      await o.page.selectOption('#role', job.roleThatMayNot);
      result.roleNote = await o.page.textContent('#' + job.request + ' .role-note');
      await axe(o.page, name + ' with a role that may not call the request', result.axe);
    }
    seen.consoleErrors.push(...o.seen.consoleErrors);
    seen.network.push(...o.seen.network);
    await c.close();
  }
  return result;
}

/** A hostile spec's page, its CSP bypassed so that only escaping stands between the spec and the page. */
async function hostile(browser, file) {
  const context = await browser.newContext({ viewport: DESKTOP, bypassCSP: true });
  await context.addInitScript(() => {
    window.__ran = [];
    for (const name of ['alert', 'confirm', 'prompt']) {
      window[name] = (m) => { window.__ran.push(name + ' ' + m); };
    }
  });
  const { page, seen } = await open(context, file);
  const result = { file, seen };
  result.nav = await navItems(page);
  result.elements = await page.evaluate(() => {
    const seenTags = new Set();
    const hrefs = new Set();
    for (const e of document.querySelectorAll('*')) {
      seenTags.add(e.tagName.toLowerCase() + ' ' + Array.from(e.attributes).map((a) => a.name).sort().join(' '));
      if (e.hasAttribute('href')) { hrefs.add(e.getAttribute('href')); }
    }
    return { tags: Array.from(seenTags).sort(), hrefs: Array.from(hrefs).sort(),
      scripts: document.scripts.length, title: document.title };
  });
  result.code = await everySnippet(page);
  result.ran = await page.evaluate(() => window.__ran);
  await context.close();
  return result;
}

/** How long each page takes to open (to the script's ready mark), with its content security policy on. */
async function timed(browser, file) {
  const context = await browser.newContext({ viewport: DESKTOP });
  const started = Date.now();
  const { page, seen } = await open(context, file);
  const wall = Date.now() - started;
  const inPage = await page.evaluate(() => performance.now());
  const navCount = await page.$$eval('#nav li', (l) => l.length);
  const articles = await page.$$eval('article', (l) => l.length);
  await context.close();
  return { file, wall, inPage, navCount, articles, seen };
}

(async () => {
  // launch() starts the browser with a fresh profile of its own (a new --user-data-dir in the temp folder)
  const browser = await chromium.launch({ executablePath: job.chromium, headless: true, args: FLAGS });
  const out = { version: browser.version() };
  try {
    out.loome = await loome(browser);
    out.hostile = [];
    for (const file of job.hostile) {
      out.hostile.push(await hostile(browser, file));
    }
    out.timed = [];
    for (const file of job.timed) {
      out.timed.push(await timed(browser, file));
    }
  } finally {
    await browser.close();
  }
  fs.writeFileSync(process.argv[3], JSON.stringify(out));
})().catch((e) => { console.error(e && e.stack || e); process.exit(1); });
