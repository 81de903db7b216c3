<#-- The first view of a folder's page: its description and its requests. -->
<p class="crumb">[=v.title]</p>
<h1>[=v.name]<#if v.part?has_content> <span class="part">([=v.part])</span></#if></h1>
<#if v.description?has_content>
<div class="description">
[=v.description]
</div>
</#if>
<ul class="request-list">
<#list v.items as i>
<li><a href="[=i.href]"><span class="method m-[=i.methodClass]">[=i.method]</span> [=i.name]</a></li>
</#list>
</ul>
