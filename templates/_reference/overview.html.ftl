<#-- The first view of the index page. -->
<h1>[=v.title]</h1>
<p class="lede">API reference<#if v.version?has_content>, version [=v.version]</#if>: [=v.requests] requests<#if v.languages gt 0>, each with a runnable program in [=v.languages] languages</#if>.</p>
<h2>How to use this page</h2>
<ol class="how">
<li>Pick a request on the left. The search box filters by name, path or method<#if v.hasMatrix>; the role selector shows only what a role may call</#if>.</li>
<li>Read what it sends and what comes back.</li>
<#if v.languages gt 0>
<li>Choose your language on the right and copy the code. It reads your credentials from the environment variables its first lines name, and prints the response.</li>
</#if>
</ol>
<h2>Servers</h2>
<ul class="servers">
<#list v.servers as s>
<li><#if s.label?has_content>[=s.label]: </#if><code>[=s.url]</code></li>
</#list>
</ul>
<#if v.hasToken>
<h2>Token</h2>
<p>Requests send an OAuth 2 access token from the client-credentials flow: <code>[=v.tokenUrl]</code><#if v.scope?has_content>, scope <code>[=v.scope]</code></#if>. The programs fetch it with <code>CLIENT_ID</code> and <code>CLIENT_SECRET</code>.</p>
</#if>
<#if v.pages?has_content>
<h2>Pages</h2>
<ul class="pages">
<#list v.pages as p>
<li><a href="[=p.href]">[=p.name]</a> ([=p.requests])</li>
</#list>
</ul>
</#if>
<#if v.description?has_content>
<h2>About the API</h2>
<div class="description">
[=v.description]
</div>
</#if>
<#if v.hasMatrix>
<h2>Who may call what</h2>
<p>&#10003; marks the requests a role may call (ACCESS.md has the same table).</p>
<#list v.matrix.folders as f>
<div class="table-wrap" tabindex="0" role="region" aria-label="Who may call what: [=f.name]">
<table class="matrix">
<caption>[=f.name]</caption>
<thead><tr><th scope="col">Request</th><th scope="col">Scopes</th><#list v.matrix.columns as c><th scope="col" data-col="[=c?index]">[=c]</th></#list></tr></thead>
<tbody>
<#list f.rows as row>
<tr><th scope="row"><#if row.href?has_content><a href="[=row.href]">[=row.name]</a><#else>[=row.name]</#if></th><td>[=row.scopes]</td><#list row.marks as m><td data-col="[=m?index]"><#if m>&#10003;<#else><span class="none">&#8211;</span></#if></td></#list></tr>
</#list>
</tbody>
</table>
</div>
</#list>
</#if>
