<#import "/_common/header.ftl" as h>
#!/usr/bin/env python3
<@h.header r=r c="#"/>
<#if r.body.uploadsFile>
import base64
</#if>
import os
import sys

import requests


def env(name, default=None):
    value = os.environ.get(name)
    if value is None or value == "":
        if default is None:
            sys.exit("set the environment variable " + name)
        return default
    return value


<#if r.body.uploadsFile>
def upload(sample):
    path = os.environ.get("UPLOAD_FILE")
    if path:
        with open(path, "rb") as f:
            return f.read()
    return base64.b64decode(sample)


</#if>def main():
    base_url = env("BASE_URL", [=r.defaultBaseUrl])
    url = base_url + [=r.pathAndQuery]
    headers = {}
<#list r.headers as x>
    headers[[=x.name]] = [=x.value]
</#list>
<#if r.auth.authKind == "oauth2">
    token_response = requests.post(
        env("TOKEN_URL", [=r.auth.tokenUrl]),
        data={
            "grant_type": "client_credentials",
            "client_id": env("CLIENT_ID"),
            "client_secret": env("CLIENT_SECRET"),
            "scope": os.environ.get("SCOPE", [=r.auth.scope]),
        },
        timeout=60,
    )
    if not token_response.ok:
        print("token request: HTTP %d" % token_response.status_code, file=sys.stderr)
        print(token_response.text, file=sys.stderr)
        print([=r.tokenGuidance], file=sys.stderr)
        return 2
    headers["Authorization"] = "Bearer " + token_response.json()["access_token"]
<#elseif r.auth.authKind == "bearer">
    headers["Authorization"] = "Bearer " + env("BEARER_TOKEN")
<#elseif r.auth.authKind == "basic">
    auth = (env("API_USERNAME").encode("utf-8"), env("API_PASSWORD", "").encode("utf-8"))
<#elseif r.auth.authKind == "digest">
    auth = requests.auth.HTTPDigestAuth(env("API_USERNAME"), env("API_PASSWORD", ""))
<#elseif r.auth.authKind == "scheme">
    headers["Authorization"] = [=r.auth.authorizationPrefix] + env("CREDENTIALS")
</#if>
<#list r.auth.headerKeys as k>
    headers[[=k.name]] = env([=k.env])
</#list>
<#list r.auth.queryKeys as k>
    url += [=k.queryPrefix] + requests.utils.quote(env([=k.env]), safe="")
</#list>
<#if r.auth.cookieKeys?has_content>
    headers["Cookie"] = <#list r.auth.cookieKeys as k>[=k.cookiePrefix] + env([=k.env])<#sep> + </#list>
</#if>
<#if r.body.bodyKind == "text">
    body = [=r.body.text].encode("utf-8")
<#elseif r.body.bodyKind == "binary">
    body = upload([=r.body.sample])
<#elseif r.body.bodyKind == "multipart">
    files = [
<#list r.body.parts as p>
<#if p.file>
        ([=p.name], ([=p.value], upload([=p.sample])<#if p.hasContentType>, [=p.contentType]</#if>)),
<#else>
        ([=p.name], (None, [=p.value].encode("utf-8")<#if p.hasContentType>, [=p.contentType]</#if>)),
</#if>
</#list>
    ]
</#if>
    response = requests.request(
        [=r.method],
        url,
        headers=headers,
<#if r.body.bodyKind == "text" || r.body.bodyKind == "binary">
        data=body,
<#elseif r.body.bodyKind == "multipart">
        files=files,
</#if>
<#if r.auth.authKind == "basic" || r.auth.authKind == "digest">
        auth=auth,
</#if>
        timeout=60,
    )
    print("HTTP %d" % response.status_code)
    print(response.text)
    if response.status_code == 401:
        print([=r.guidance401], file=sys.stderr)
    elif response.status_code == 403:
        print([=r.guidance403], file=sys.stderr)
    return 0 if response.ok else 1


if __name__ == "__main__":
    sys.exit(main())
