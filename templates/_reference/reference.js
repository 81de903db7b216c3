// The reference page's script (static; the page's data comes from the JSON block #reference-data).
// It only ever puts text into the page with textContent, never markup.
(function () {
  'use strict';
  var doc = document;
  var byId = function (id) { return doc.getElementById(id); };
  var all = function (selector, root) { return Array.prototype.slice.call((root || doc).querySelectorAll(selector)); };
  // localStorage may be off (or per file, from file://): then choices last for this visit only
  var store = {
    get: function (key) { try { return window.localStorage.getItem(key); } catch (e) { return null; } },
    set: function (key, value) { try { window.localStorage.setItem(key, value); } catch (e) { /* not kept */ } }
  };
  var LANGUAGE_KEY = 'assist-codegen.language';
  var ROLE_KEY = 'assist-codegen.role.' + doc.body.getAttribute('data-api');
  var FILE = doc.body.getAttribute('data-file');
  var TITLE = doc.title;

  var data = JSON.parse(byId('reference-data').textContent);
  var tabs = all('[role=tab]');
  var items = all('#nav li');
  // what the search box matches: the name and the title (method and path), in lower case, worked out on first use
  var keys = null;
  var folders = all('#nav .folder');
  var search = byId('search');
  var roleSelect = byId('role');
  var intro = byId('intro');
  var main = byId('main');
  var current = null;
  var language = null;

  // ---- snippets: lines stored once per page, a snippet as runs of line numbers (n, -k: the k lines after n)
  function snippet(anchor, index) {
    var entries = data.code[anchor];
    var entry = entries && entries[index];
    if (!entry) { return null; }
    var runs = entry[1];
    var out = [];
    var last = -1;
    for (var i = 0; i < runs.length; i++) {
      var run = runs[i];
      if (run >= 0) {
        out.push(data.lines[run]);
        last = run;
      } else {
        for (var k = 1; k <= -run; k++) { out.push(data.lines[last + k]); }
        last -= run;
      }
    }
    return { path: entry[0], text: out.join('\n') };
  }

  function showCode() {
    if (!tabs.length) { return; }
    var index = tabs.findIndex(function (t) { return t.getAttribute('data-lang') === language; });
    var code = current ? snippet(current.id, index) : null;
    byId('code-empty').hidden = !!code;
    doc.querySelector('.code-head').hidden = !code;
    doc.querySelector('.code-text').hidden = !code;
    byId('code-path').textContent = code ? code.path : '';
    byId('code-text').textContent = code ? code.text : '';
    byId('copy-status').textContent = '';
  }

  function selectLanguage(id, focus) {
    var tab = tabs.find(function (t) { return t.getAttribute('data-lang') === id; }) || tabs[0];
    language = tab.getAttribute('data-lang');
    tabs.forEach(function (t) {
      var selected = t === tab;
      t.setAttribute('aria-selected', selected ? 'true' : 'false');
      t.tabIndex = selected ? 0 : -1;
    });
    byId('code-panel').setAttribute('aria-labelledby', tab.id);
    if (focus) { tab.focus(); }
    showCode();
  }

  // ---- requests: the fragment names the request shown; no fragment shows the intro
  function show(anchor) {
    var article = anchor ? byId(anchor) : null;
    if (anchor && !(article && article.classList.contains('request'))) { return false; }
    if (current) { current.hidden = true; }
    current = article;
    intro.hidden = !!article;
    doc.body.classList.toggle('showing', !!article);
    if (article) { article.hidden = false; }
    var previous = doc.querySelector('#nav a[aria-current]');
    if (previous) { previous.removeAttribute('aria-current'); }
    var link = article && itemOf(anchor);
    if (link) { link.firstElementChild.setAttribute('aria-current', 'page'); }
    var heading = article && article.querySelector('h1');
    doc.title = heading ? heading.textContent.replace(/\s+/g, ' ').trim() + ' - ' + TITLE : TITLE;
    noteRole();
    showCode();
    return true;
  }

  /** The list item of the request {@code anchor} of this page. */
  function itemOf(anchor) {
    var href = FILE + '#' + anchor;
    return items.find(function (li) { return li.firstElementChild.getAttribute('href') === href; });
  }

  function fragment() {
    try { return decodeURIComponent(window.location.hash.slice(1)); } catch (e) { return ''; }
  }

  function onFragment() {
    var anchor = fragment();
    if (show(anchor) && anchor) {
      window.scrollTo(0, 0);
      main.focus({ preventScroll: true });
      doc.body.classList.remove('nav-open');
      byId('nav-toggle').setAttribute('aria-expanded', 'false');
    }
  }

  // ---- search and role: a request is listed when it matches every word and the role may call it
  function role() { return roleSelect ? roleSelect.value : ''; }

  function roleName() {
    var option = roleSelect && roleSelect.options[roleSelect.selectedIndex];
    return option ? option.textContent.replace(/ \([^()]*\)$/, '') : '';
  }

  function mayCall(li, picked) {
    return !picked || (li.getAttribute('data-roles') || '').split(' ').indexOf(picked) >= 0;
  }

  function filter() {
    if (!keys) {
      keys = items.map(function (li) {
        var link = li.firstElementChild;
        return (link.textContent + ' ' + link.title).toLowerCase();
      });
    }
    var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    var picked = role();
    var shown = 0;
    var callable = 0;
    items.forEach(function (li, i) {
      var allowed = mayCall(li, picked);
      var q = keys[i];
      var match = allowed && words.every(function (w) { return q.indexOf(w) >= 0; });
      li.hidden = !match;
      if (allowed) { callable++; }
      if (match) { shown++; }
    });
    folders.forEach(function (folder) {
      // a folder with requests hides when none is shown; a link without requests (the index) stays
      folder.hidden = !!folder.querySelector('li') && !folder.querySelector('li:not([hidden])');
    });
    byId('no-match').hidden = shown > 0;
    var status = byId('role-status');
    status.textContent = picked ? roleName() + ' may call ' + callable + ' of ' + items.length
        + ' requests; the others are hidden.' : '';
    status.hidden = !picked;
  }

  function noteRole() {
    all('.role-note').forEach(function (note) { note.hidden = true; });
    var picked = role();
    if (!current || !picked) { return; }
    var li = itemOf(current.id);
    if (li && !mayCall(li, picked)) {
      var note = current.querySelector('.role-note');
      note.textContent = roleName() + ' may not call this request: it is hidden from the list.';
      note.hidden = false;
    }
  }

  function markColumn() {
    var picked = role();
    all('[data-col]').forEach(function (cell) {
      cell.classList.toggle('picked', cell.getAttribute('data-col') === picked);
    });
  }

  function onRole() {
    store.set(ROLE_KEY, role());
    filter();
    noteRole();
    markColumn();
  }

  // ---- copy: the clipboard API (file:// counts as a secure context), else a selection and execCommand
  function copy() {
    var text = byId('code-text').textContent;
    var status = byId('copy-status');
    var done = function () { status.textContent = 'Copied.'; };
    var fallback = function () {
      var area = doc.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.className = 'offscreen';
      doc.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = doc.execCommand('copy'); } catch (e) { ok = false; }
      doc.body.removeChild(area);
      status.textContent = ok ? 'Copied.' : 'Copy failed: select the code and copy it.';
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, fallback);
    } else {
      fallback();
    }
  }

  // ---- wiring
  tabs.forEach(function (tab, i) {
    tab.addEventListener('click', function () {
      selectLanguage(tab.getAttribute('data-lang'), false);
      store.set(LANGUAGE_KEY, language);
    });
    tab.addEventListener('keydown', function (event) {
      var next = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: tabs.length - 1 }[event.key];
      if (next === undefined) { return; }
      event.preventDefault();
      var target = tabs[(next + tabs.length) % tabs.length];
      selectLanguage(target.getAttribute('data-lang'), true);
      store.set(LANGUAGE_KEY, language);
    });
  });
  if (byId('copy')) { byId('copy').addEventListener('click', copy); }
  // narrow screens put the code below the request: a button takes you there
  all('.to-code').forEach(function (button) {
    button.addEventListener('click', function () {
      byId('code').scrollIntoView();
      var tab = doc.querySelector('[role=tab][aria-selected=true]');
      if (tab) { tab.focus({ preventScroll: true }); }
    });
  });
  search.addEventListener('input', filter);
  search.addEventListener('keydown', function (event) {
    if (event.key === 'Enter') {
      var first = items.find(function (li) { return !li.hidden; });
      if (first) { event.preventDefault(); first.firstElementChild.click(); }
    }
  });
  if (roleSelect) {
    var saved = store.get(ROLE_KEY);
    if (saved && all('option', roleSelect).some(function (o) { return o.value === saved; })) { roleSelect.value = saved; }
    roleSelect.addEventListener('change', onRole);
  }
  byId('nav-toggle').addEventListener('click', function () {
    var open = doc.body.classList.toggle('nav-open');
    byId('nav-toggle').setAttribute('aria-expanded', open ? 'true' : 'false');
    if (open) { search.focus(); }
  });
  window.addEventListener('hashchange', onFragment);

  if (tabs.length) { selectLanguage(store.get(LANGUAGE_KEY), false); }
  // a reload may bring back the search text; a role may be remembered
  if (search.value || role()) {
    filter();
    markColumn();
  }
  show(fragment()) || show('');
  doc.documentElement.setAttribute('data-ready', 'true');
}());
