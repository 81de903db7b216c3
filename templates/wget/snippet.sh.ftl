<#import "/_common/bash.ftl" as sh>
<@sh.preamble r=r tool="GNU Wget"/>

# runs wget; the body goes to $work_dir/$1 and the status to $work_dir/$1.status
run_wget() {
  local name=$1
  shift
  wget --no-verbose --server-response --content-on-error --output-document="$work_dir/$name" "$@" \
    2> "$work_dir/$name.log" || true
  sed -n 's/^ *HTTP\/[0-9.]* \([0-9]*\).*/\1/p' "$work_dir/$name.log" | tail -n 1 > "$work_dir/$name.status"
  if [ ! -s "$work_dir/$name.status" ]; then
    cat "$work_dir/$name.log" >&2
    exit 2
  fi
}
<#if r.auth.authKind == "oauth2">

# 1. get a token (client credentials); the secret goes through a file, not the command line
printf 'grant_type=client_credentials&client_id=%s&client_secret=%s&scope=%s' \
  "$(urlencode "$CLIENT_ID")" "$(urlencode "$CLIENT_SECRET")" "$(urlencode "$SCOPE")" > "$work_dir/token-request"
run_wget token --method=POST --header='Content-Type: application/x-www-form-urlencoded' \
  --body-file="$work_dir/token-request" "$TOKEN_URL"
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
args=(--method=[=r.method])
<#list r.headers as h>
args+=(--header=[=h.line])
</#list>
<#if r.auth.authKind == "oauth2">
args+=(--header="Authorization: Bearer $access_token")
<#elseif r.auth.authKind == "bearer">
args+=(--header="Authorization: Bearer $BEARER_TOKEN")
<#elseif r.auth.authKind == "basic">
args+=(--header="Authorization: Basic $(printf '%s:%s' "$API_USERNAME" "$API_PASSWORD" | base64 | tr -d '\n')")
<#elseif r.auth.authKind == "digest">
# wget answers the server's Digest challenge itself
args+=(--user="$API_USERNAME" --password="$API_PASSWORD")
<#elseif r.auth.authKind == "scheme">
args+=(--header="Authorization: "[=r.auth.authorizationPrefix]"$CREDENTIALS")
</#if>
<#list r.auth.headerKeys as k>
args+=(--header=[=k.name]": $[=k.envName]")
</#list>
<#if r.auth.cookieKeys?has_content>
args+=(--header="Cookie: "<#list r.auth.cookieKeys as k>[=k.cookiePrefix]"$[=k.envName]"</#list>)
</#if>
<#if r.body.bodyKind != "none">
<@sh.body r=r/>
<#if r.body.bodyKind == "multipart">
args+=(--header="Content-Type: multipart/form-data; boundary=$boundary")
</#if>
args+=(--body-file="$work_dir/body")
</#if>
run_wget response "${args[@]}" "$url"
finish "$(cat "$work_dir/response.status")" "$work_dir/response"
