<#-- One request: shown when its anchor is the page's fragment. -->
<article id="[=r.anchor]" class="request" data-operation-id="[=r.operationId]" hidden>
<p class="crumb">[=r.folder]</p>
<h1><span class="method m-[=r.methodClass]">[=r.method]</span> [=r.name]</h1>
<p class="url"><code>[=r.method] [=r.url]</code> <button type="button" class="to-code">Code</button></p>
<p class="role-note" hidden></p>
<#if r.deprecated>
<p class="deprecated"><strong>Deprecated:</strong> the API marks this request as deprecated.</p>
</#if>
<#if r.summary?has_content>
<p class="summary">[=r.summary]</p>
</#if>
<#if r.description?has_content>
<div class="description">
[=r.description]
</div>
</#if>
<h2>Access</h2>
<dl class="facts">
<dt>Authentication</dt>
<dd>[=r.auth]</dd>
<#if r.scopes?has_content>
<dt>Scopes</dt>
<dd>[=r.scopes]</dd>
</#if>
<#if r.hasRoles>
<dt>Roles that may call it</dt>
<dd>[=r.roles]</dd>
</#if>
<dt>operationId</dt>
<dd><code>[=r.operationId]</code></dd>
</dl>
<#if r.parameters?has_content>
<h2>Parameters</h2>
<div class="table-wrap" tabindex="0" role="region" aria-label="Parameters">
<table>
<thead><tr><th scope="col">Name</th><th scope="col">In</th><th scope="col">Example</th><th scope="col">Description</th></tr></thead>
<tbody>
<#list r.parameters as p>
<tr><td><code>[=p.name]</code><#if p.required> <span class="tag">required</span></#if><#if p.deprecated> <span class="tag">deprecated</span></#if></td><td>[=p.in]</td><td><code class="value">[=p.value]</code></td><td>[=p.description]</td></tr>
</#list>
</tbody>
</table>
</div>
</#if>
<#if r.hasBody>
<h2>Request body</h2>
<p><code>[=r.body.contentType]</code><#if r.body.others?has_content> (also accepted: [=r.body.others])</#if></p>
[=r.body.description]
<#if r.body.hasText>
<pre tabindex="0"><code>[=r.body.text]</code></pre>
</#if>
<#if r.body.fields?has_content>
<div class="table-wrap" tabindex="0" role="region" aria-label="Form fields">
<table>
<thead><tr><th scope="col">Field</th><th scope="col">Example</th></tr></thead>
<tbody>
<#list r.body.fields as f>
<tr><td><code>[=f.name]</code></td><td><#if f.file>a file: </#if><code class="value">[=f.value]</code></td></tr>
</#list>
</tbody>
</table>
</div>
</#if>
</#if>
<#if r.responses?has_content>
<h2>Responses</h2>
<#list r.responses as s>
<section class="response">
<h3><span class="status s-[=s.statusClass]">[=s.code]</span><#if s.mediaType?has_content> <code>[=s.mediaType]</code></#if></h3>
[=s.description]
<#if s.hasExample>
<details<#if s.open> open</#if>>
<summary>Example</summary>
<pre tabindex="0"><code>[=s.example]</code></pre>
</details>
</#if>
</section>
</#list>
</#if>
</article>
