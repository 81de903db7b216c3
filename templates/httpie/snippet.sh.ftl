<#import "/_common/bash.ftl" as sh>
<@sh.preamble r=r tool="HTTPie (http)"/>

# runs http and splits its answer into $work_dir/$1.status and $work_dir/$1 (the body)
run_http() {
  local name=$1
  shift
  http --pretty=none --print=hb "$@" > "$work_dir/$name.raw"
  sed -n '1s/^HTTP\/[0-9.]* \([0-9]*\).*/\1/p' "$work_dir/$name.raw" > "$work_dir/$name.status"
  sed '1,/^\r\{0,1\}$/d' "$work_dir/$name.raw" > "$work_dir/$name"
}
<#if r.auth.authKind == "oauth2">

# 1. get a token (client credentials); the secret goes through stdin, not the command line
printf 'grant_type=client_credentials&client_id=%s&client_secret=%s&scope=%s' \
  "$(urlencode "$CLIENT_ID")" "$(urlencode "$CLIENT_SECRET")" "$(urlencode "$SCOPE")" > "$work_dir/token-request"
run_http token POST "$TOKEN_URL" 'Content-Type:application/x-www-form-urlencoded' < "$work_dir/token-request"
token_status=$(cat "$work_dir/token.status")
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
<#-- options go before the request items: HTTPie reads the items as one run, an item after an option is an error -->
<#if r.auth.authKind == "basic" || r.auth.authKind == "digest">
args=(--auth-type=[=r.auth.authKind] --auth "$API_USERNAME:$API_PASSWORD" [=r.method] "$url")
<#else>
args=([=r.method] "$url")
</#if>
<#list r.headers as h>
args+=([=h.item])
</#list>
<#if r.auth.authKind == "oauth2">
args+=("Authorization:Bearer $access_token")
<#elseif r.auth.authKind == "bearer">
args+=("Authorization:Bearer $BEARER_TOKEN")
<#elseif r.auth.authKind == "scheme">
args+=("Authorization:"[=r.auth.authorizationPrefix]"$CREDENTIALS")
</#if>
<#list r.auth.headerKeys as k>
args+=([=k.name]":$[=k.envName]")
</#list>
<#if r.auth.cookieKeys?has_content>
args+=("Cookie:"<#list r.auth.cookieKeys as k>[=k.cookiePrefix]"$[=k.envName]"</#list>)
</#if>
<#if r.body.bodyKind == "none">
run_http response --ignore-stdin "${args[@]}"
<#else>
<@sh.body r=r/>
<#if r.body.bodyKind == "multipart">
args+=("Content-Type:multipart/form-data; boundary=$boundary")
</#if>
run_http response "${args[@]}" < "$work_dir/body"
</#if>
finish "$(cat "$work_dir/response.status")" "$work_dir/response"
