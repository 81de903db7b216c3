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

<#if r.body.uploadsFile>
function upload(sample) {
  if (env.UPLOAD_FILE) {
    return require("fs").readFileSync(env.UPLOAD_FILE);
  }
  return Buffer.from(sample, "base64");
}

</#if><#if r.auth.authKind == "digest">
// answers an HTTP Digest challenge (RFC 7616: MD5 or SHA-256, qop auth); needs Node.js
function digestAuthorization(challenge, method, url, username, password) {
  const crypto = require("crypto");
  const params = {};
  for (const m of challenge.slice(7).matchAll(/(\w+)=(?:"([^"]*)"|([^\s,]*))/g)) {
    params[m[1].toLowerCase()] = m[2] !== undefined ? m[2] : m[3];
  }
  const algorithm = (params.algorithm || "MD5").toUpperCase();
  const hash = (text) => crypto.createHash(algorithm.startsWith("SHA-256") ? "sha256" : "md5")
    .update(text, "utf8").digest("hex");
  const target = new URL(url);
  const uri = target.pathname + target.search;
  const cnonce = crypto.randomBytes(8).toString("hex");
  const ha1 = hash(username + ":" + params.realm + ":" + password);
  const ha2 = hash(method + ":" + uri);
  const qop = params.qop !== undefined;
  const response = hash(qop ? [ha1, params.nonce, "00000001", cnonce, "auth", ha2].join(":")
    : [ha1, params.nonce, ha2].join(":"));
  return 'Digest username="' + username + '", realm="' + params.realm + '", nonce="' + params.nonce
    + '", uri="' + uri + '", algorithm=' + algorithm + ', response="' + response + '"'
    + (qop ? ', qop=auth, nc=00000001, cnonce="' + cnonce + '"' : "")
    + (params.opaque !== undefined ? ', opaque="' + params.opaque + '"' : "");
}

</#if>
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
  headers.set("Authorization", "Basic " + btoa(unescape(encodeURIComponent(setting("API_USERNAME") + ":" + setting("API_PASSWORD", "")))));
<#elseif r.auth.authKind == "scheme">
  headers.set("Authorization", [=r.auth.authorizationPrefix] + setting("CREDENTIALS"));
</#if>
<#list r.auth.headerKeys as k>
  headers.set([=k.name], setting([=k.env]));
</#list>
<#list r.auth.queryKeys as k>
  url += [=k.queryPrefix] + encodeURIComponent(setting([=k.env]));
</#list>
<#if r.auth.cookieKeys?has_content>
  headers.set("Cookie", <#list r.auth.cookieKeys as k>[=k.cookiePrefix] + setting([=k.env])<#sep> + </#list>);
</#if>
<#if r.body.bodyKind == "text">
  const body = [=r.body.text];
<#elseif r.body.bodyKind == "binary">
  const body = upload([=r.body.sample]);
<#elseif r.body.bodyKind == "multipart">
  const body = new FormData();
<#list r.body.parts as p>
<#if p.file>
  body.append([=p.name], new Blob([upload([=p.sample])]<#if p.hasContentType>, { type: [=p.contentType] }</#if>), [=p.value]);
<#else>
  body.append([=p.name], [=p.value]);
</#if>
</#list>
</#if>
<#if r.auth.authKind == "digest">
  const init = { method: [=r.method], headers<#if r.body.bodyKind != "none">, body</#if> };
  let response = await fetch(url, init);
  const challenge = response.headers.get("WWW-Authenticate") || "";
  if (response.status === 401 && /^Digest\s/i.test(challenge)) {
    await response.arrayBuffer();
    headers.set("Authorization", digestAuthorization(challenge, [=r.method], url, setting("API_USERNAME"),
      setting("API_PASSWORD", "")));
    response = await fetch(url, init);
  }
<#else>
  const response = await fetch(url, {
    method: [=r.method],
    headers,
<#if r.body.bodyKind != "none">
    body,
</#if>
  });
</#if>
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
