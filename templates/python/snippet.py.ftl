<#import "/_common/header.ftl" as h>
#!/usr/bin/env python3
<@h.header r=r c="#"/>
<#if r.auth.authKind == "basic" || r.body.uploadsFile>
import base64
</#if>
<#if r.auth.authKind == "oauth2">
import json
</#if>
import os
import sys
import urllib.error
<#if r.auth.authKind == "oauth2" || r.auth.queryKeys?has_content>
import urllib.parse
</#if>
import urllib.request


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


</#if>def send(request):
    """Returns (status, body text) for any HTTP status."""
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


def main():
    base_url = env("BASE_URL", [=r.defaultBaseUrl])
    url = base_url + [=r.pathAndQuery]
    headers = {}
<#list r.headers as x>
    headers[[=x.name]] = [=x.value]
</#list>
<#if r.auth.authKind == "oauth2">
    form = urllib.parse.urlencode({
        "grant_type": "client_credentials",
        "client_id": env("CLIENT_ID"),
        "client_secret": env("CLIENT_SECRET"),
        "scope": os.environ.get("SCOPE", [=r.auth.scope]),
    }).encode("ascii")
    token_status, token_body = send(urllib.request.Request(
        env("TOKEN_URL", [=r.auth.tokenUrl]), data=form, method="POST",
        headers={"Content-Type": "application/x-www-form-urlencoded"}))
    if token_status // 100 != 2:
        print("token request: HTTP %d" % token_status, file=sys.stderr)
        print(token_body, file=sys.stderr)
        print([=r.tokenGuidance], file=sys.stderr)
        return 2
    headers["Authorization"] = "Bearer " + json.loads(token_body)["access_token"]
<#elseif r.auth.authKind == "bearer">
    headers["Authorization"] = "Bearer " + env("BEARER_TOKEN")
<#elseif r.auth.authKind == "basic">
    credentials = (env("API_USERNAME") + ":" + env("API_PASSWORD", "")).encode("utf-8")
    headers["Authorization"] = "Basic " + base64.b64encode(credentials).decode("ascii")
<#elseif r.auth.authKind == "digest">
    # urllib answers the server's Digest challenge with these
    passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    passwords.add_password(None, base_url, env("API_USERNAME"), env("API_PASSWORD", ""))
    urllib.request.install_opener(urllib.request.build_opener(urllib.request.HTTPDigestAuthHandler(passwords)))
<#elseif r.auth.authKind == "scheme">
    headers["Authorization"] = [=r.auth.authorizationPrefix] + env("CREDENTIALS")
</#if>
<#list r.auth.headerKeys as k>
    headers[[=k.name]] = env([=k.env])
</#list>
<#list r.auth.queryKeys as k>
    url += [=k.queryPrefix] + urllib.parse.quote(env([=k.env]), safe="")
</#list>
<#if r.auth.cookieKeys?has_content>
    headers["Cookie"] = <#list r.auth.cookieKeys as k>[=k.cookiePrefix] + env([=k.env])<#sep> + </#list>
</#if>
    body = None
<#if r.body.bodyKind == "text">
    body = [=r.body.text].encode("utf-8")
<#elseif r.body.bodyKind == "binary">
    body = upload([=r.body.sample])
<#elseif r.body.bodyKind == "multipart">
    boundary = "assist-codegen-boundary-5e1f0c7a"
    body = b""
<#list r.body.parts as p>
    body += b"--" + boundary.encode("ascii") + b"\r\n"
    body += b"Content-Disposition: " + [=p.disposition].encode("utf-8") + b"\r\n"
<#if p.hasContentType>
    body += b"Content-Type: " + [=p.contentType].encode("utf-8") + b"\r\n"
</#if>
    body += b"\r\n" + <#if p.file>upload([=p.sample])<#else>[=p.value].encode("utf-8")</#if> + b"\r\n"
</#list>
    body += b"--" + boundary.encode("ascii") + b"--\r\n"
    headers["Content-Type"] = "multipart/form-data; boundary=" + boundary
</#if>
    status, text = send(urllib.request.Request(url, data=body, headers=headers, method=[=r.method]))
    print("HTTP %d" % status)
    print(text)
    if status == 401:
        print([=r.guidance401], file=sys.stderr)
    elif status == 403:
        print([=r.guidance403], file=sys.stderr)
    return 0 if status // 100 == 2 else 1


if __name__ == "__main__":
    sys.exit(main())
