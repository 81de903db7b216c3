<#-- The page: header, requests (left), the intro or a request (middle), code (right). Every value is HTML
     already (escaped in Java); css and js are the static files, allowed by their hashes in v.csp. -->
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta http-equiv="Content-Security-Policy" content="[=v.csp]">
<meta name="generator" content="assist-codegen">
<title>[=v.title]: API reference</title>
<style>[=v.css]</style>
</head>
<body data-api="[=v.api]" data-file="[=v.file]">
<a class="skip" id="skip" href="#main">Skip to content</a>
<header class="top">
<button type="button" id="nav-toggle" class="nav-toggle" aria-controls="nav" aria-expanded="false">Requests</button>
<a class="brand" href="index.html">[=v.title]</a>
<#if v.roles?has_content>
<div class="role-picker">
<label for="role">Role</label>
<select id="role">
<option value="">Every role</option>
<#list v.roles as r>
<option value="[=r.index]">[=r.name] ([=r.kind], [=r.count])</option>
</#list>
</select>
</div>
</#if>
</header>
<div class="layout">
<nav id="nav" class="nav" aria-label="Requests">
<div class="search">
<label for="search">Search requests</label>
<input id="search" type="search" autocomplete="off" spellcheck="false" placeholder="Name, path or method">
</div>
<p id="role-status" class="role-status" role="status"></p>
[=v.nav]
<p id="no-match" class="no-match" hidden>No request matches the search.</p>
</nav>
<main id="main" class="main" tabindex="-1">
<section id="intro" class="intro">
[=v.intro]
</section>
<#list v.articles as article>
[=article]
</#list>
</main>
<#if v.hasCode>
<aside id="code" class="code" aria-label="Code">
<div id="tabs" class="tabs" role="tablist" aria-label="Language">
<#list v.languages as t>
<button type="button" role="tab" id="tab-[=t.id]" data-lang="[=t.id]" aria-selected="false" aria-controls="code-panel" tabindex="-1">[=t.name]</button>
</#list>
</div>
<div id="code-panel" class="code-panel" role="tabpanel" aria-labelledby="tab-[=v.languages[0].id]">
<p id="code-empty" class="code-empty">Pick a request to see its code.</p>
<div class="code-head" hidden>
<code id="code-path" class="code-path"></code>
<button type="button" id="copy" class="copy">Copy</button>
<span id="copy-status" class="copy-status" role="status"></span>
</div>
<pre class="code-text" tabindex="0" hidden><code id="code-text"></code></pre>
</div>
</aside>
</#if>
</div>
<script type="application/json" id="reference-data">[=v.data]</script>
<script>[=v.js]</script>
</body>
</html>
