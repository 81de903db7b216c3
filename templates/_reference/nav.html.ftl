<#-- The requests by folder: all of them on a one-page reference and on the index; on a folder's page that
     folder's, after a link to the index. The search box matches a link's text and
     title (method and path); data-roles: the indices of the roles that may call the request. -->
<#list v.folders as f>
<section class="folder">
<h2><#if f.href?has_content><a href="[=f.href]">[=f.name]</a><#else>[=f.name]</#if></h2>
<ul>
<#list f.items as i>
<li<#if v.roles> data-roles="[=i.roles]"</#if>><a href="[=i.href]" title="[=i.title]"><span class="method m-[=i.methodClass]">[=i.method]</span> [=i.name]</a></li>
</#list>
</ul>
</section>
</#list>
