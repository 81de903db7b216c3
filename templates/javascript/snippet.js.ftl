<#import "/_common/header.ftl" as h>
<@h.header r=r c="//"/>
"use strict";

const env = typeof process !== "undefined" ? process.env : {};

function setting(name, fallback) {
  const value = env[name];
  if (value === undefined || value === "") {
    if (fallback === undefined) {
      throw new Error("set the environment variable " + name);
    }
    return fallback;
  }
  return value;
}

function upload() {
  if (env.UPLOAD_FILE) {
    return require("fs").readFileSync(env.UPLOAD_FILE);
  }
  return new TextEncoder().encode([=r.sampleUpload]);
}

async function main() {
  let url = setting("BASE_URL", [=r.defaultBaseUrl]) + [=r.pathAndQuery];
  const headers = new Headers();
<#list r.headers as x>
  headers.append([=x.name], [=x.value]);
</#list>
<#if r.auth.authKind == "oauth2">
  const tokenResponse = await fetch(setting("TOKEN_URL", [=r.auth.tokenUrl]), {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "client_credentials",
      client_id: setting("CLIENT_ID"),
      client_secret: setting("CLIENT_SECRET"),
      scope: env.SCOPE !== undefined ? env.SCOPE : [=r.auth.scope],
    }).toString(),
  });
  const tokenBody = await tokenResponse.text();
  if (!tokenResponse.ok) {
    console.error("token request: HTTP " + tokenResponse.status);
    console.error(tokenBody);
    console.error([=r.tokenGuidance]);
    return 2;
  }
  headers.set("Authorization", "Bearer " + JSON.parse(tokenBody).access_token);
<#elseif r.auth.authKind == "bearer">
  headers.set("Authorization", "Bearer " + setting("BEARER_TOKEN"));
<#elseif r.auth.authKind == "basic">
  headers.set("Authorization", "Basic " + btoa(unescape(encodeURIComponent(setting("USERNAME") + ":" + setting("PASSWORD")))));
<#elseif r.auth.authKind == "apiKey" && r.auth.keyLocationKind == "header">
  headers.set([=r.auth.keyName], setting("API_KEY"));
<#elseif r.auth.authKind == "apiKey" && r.auth.keyLocationKind == "query">
  url += [=r.auth.keyQueryPrefix] + encodeURIComponent(setting("API_KEY"));
<#elseif r.auth.authKind == "apiKey" && r.auth.keyLocationKind == "cookie">
  headers.set("Cookie", [=r.auth.keyCookiePrefix] + setting("API_KEY"));
</#if>
<#if r.body.bodyKind == "text">
  const body = [=r.body.text];
<#elseif r.body.bodyKind == "binary">
  const body = upload();
<#elseif r.body.bodyKind == "multipart">
  const body = new FormData();
<#list r.body.parts as p>
<#if p.file>
  body.append([=p.name], new Blob([upload()]<#if p.hasContentType>, { type: [=p.contentType] }</#if>), [=p.value]);
<#else>
  body.append([=p.name], [=p.value]);
</#if>
</#list>
</#if>
  const response = await fetch(url, {
    method: [=r.method],
    headers,
<#if r.body.bodyKind != "none">
    body,
</#if>
  });
  console.log("HTTP " + response.status);
  console.log(await response.text());
  if (response.status === 401) {
    console.error([=r.guidance401]);
  } else if (response.status === 403) {
    console.error([=r.guidance403]);
  }
  return response.ok ? 0 : 1;
}

main().then(
  (code) => {
    if (typeof process !== "undefined") process.exitCode = code;
  },
  (error) => {
    console.error(error.message || error);
    if (typeof process !== "undefined") process.exitCode = 2;
  });
