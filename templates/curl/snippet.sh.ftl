<#import "/_common/bash.ftl" as sh>
<@sh.preamble r=r tool="curl"/>
<#if r.auth.authKind == "oauth2">

# 1. get a token (client credentials); the secret goes through stdin, not the command line
printf 'grant_type=client_credentials&client_id=%s&client_secret=%s&scope=%s' \
  "$(urlencode "$CLIENT_ID")" "$(urlencode "$CLIENT_SECRET")" "$(urlencode "$SCOPE")" > "$work_dir/token-request"
token_status=$(curl --silent --show-error --request POST --header 'Content-Type: application/x-www-form-urlencoded' \
  --data-binary "@$work_dir/token-request" --output "$work_dir/token" --write-out '%{http_code}' "$TOKEN_URL")
if [[ $token_status != 2?? ]]; then
  echo "token request: HTTP $token_status" >&2
  cat "$work_dir/token" >&2
  echo >&2
  echo [=r.tokenGuidance] >&2
  exit 2
fi
access_token=$(sed -n 's/.*"access_token"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p' "$work_dir/token")
</#if>

# 2. the request
args=(--silent --show-error --request [=r.method] --output "$work_dir/response" --write-out '%{http_code}')
<#list r.headers as h>
args+=(--header [=h.line])
</#list>
<#if r.auth.authKind == "oauth2">
args+=(--header "Authorization: Bearer $access_token")
<#elseif r.auth.authKind == "bearer">
args+=(--header "Authorization: Bearer $BEARER_TOKEN")
<#elseif r.auth.authKind == "basic">
args+=(--user "$API_USERNAME:$API_PASSWORD")
<#elseif r.auth.authKind == "digest">
args+=(--digest --user "$API_USERNAME:$API_PASSWORD")
<#elseif r.auth.authKind == "scheme">
args+=(--header "Authorization: "[=r.auth.authorizationPrefix]"$CREDENTIALS")
</#if>
<#list r.auth.headerKeys as k>
args+=(--header [=k.name]": $[=k.envName]")
</#list>
<#if r.auth.cookieKeys?has_content>
args+=(--cookie <#list r.auth.cookieKeys as k>[=k.cookiePrefix]"$[=k.envName]"</#list>)
</#if>
<#if r.body.bodyKind != "none">
<@sh.body r=r/>
<#if r.body.bodyKind == "multipart">
args+=(--header "Content-Type: multipart/form-data; boundary=$boundary")
</#if>
args+=(--data-binary "@$work_dir/body")
</#if>
status=$(curl "${args[@]}" "$url")
finish "$status" "$work_dir/response"
