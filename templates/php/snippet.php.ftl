<#import "/_common/header.ftl" as h>
<?php
<@h.header r=r c="//"/>

function env(string $name, ?string $fallback = null): string
{
    $value = getenv($name);
    if ($value === false || $value === '') {
        if ($fallback === null) {
            fwrite(STDERR, "set the environment variable " . $name . "\n");
            exit(2);
        }
        return $fallback;
    }
    return $value;
}

<#if r.body.uploadsFile>
function upload(string $sample): string
{
    $path = getenv('UPLOAD_FILE');
    return ($path === false || $path === '') ? base64_decode($sample) : file_get_contents($path);
}

</#if>/** Sends a request; returns [status, body]. */
function send(string $method, string $url, array $headers, ?string $body<#if r.auth.authKind == "digest">, ?string $digest = null</#if>): array
{
    $curl = curl_init($url);
    curl_setopt($curl, CURLOPT_CUSTOMREQUEST, $method);
    curl_setopt($curl, CURLOPT_RETURNTRANSFER, true);
    curl_setopt($curl, CURLOPT_TIMEOUT, 60);
    // "Expect:" stops curl from waiting for 100-continue on larger bodies
    curl_setopt($curl, CURLOPT_HTTPHEADER, array_merge($headers, ['Expect:']));
    if ($body !== null) {
        curl_setopt($curl, CURLOPT_POSTFIELDS, $body);
    }
<#if r.auth.authKind == "digest">
    if ($digest !== null) {
        // curl answers the server's Digest challenge with "user:password"
        curl_setopt($curl, CURLOPT_HTTPAUTH, CURLAUTH_DIGEST);
        curl_setopt($curl, CURLOPT_USERPWD, $digest);
    }
</#if>
    $answer = curl_exec($curl);
    if ($answer === false) {
        fwrite(STDERR, curl_error($curl) . "\n");
        exit(2);
    }
    $status = curl_getinfo($curl, CURLINFO_RESPONSE_CODE);
    curl_close($curl);
    return [$status, $answer];
}

$url = env('BASE_URL', [=r.defaultBaseUrl]) . [=r.pathAndQuery];
<#list r.auth.queryKeys as k>
$url .= [=k.queryPrefix] . rawurlencode(env('[=k.envName]'));
</#list>
$headers = [];
<#list r.headers as x>
$headers[] = [=x.line];
</#list>
<#if r.auth.authKind == "oauth2">
$scope = getenv('SCOPE');
$form = http_build_query([
    'grant_type' => 'client_credentials',
    'client_id' => env('CLIENT_ID'),
    'client_secret' => env('CLIENT_SECRET'),
    'scope' => $scope === false ? [=r.auth.scope] : $scope,
], '', '&', PHP_QUERY_RFC3986);
[$tokenStatus, $tokenBody] = send('POST', env('TOKEN_URL', [=r.auth.tokenUrl]),
    ['Content-Type: application/x-www-form-urlencoded'], $form);
if (intdiv($tokenStatus, 100) !== 2) {
    fwrite(STDERR, "token request: HTTP " . $tokenStatus . "\n" . $tokenBody . "\n");
    fwrite(STDERR, [=r.tokenGuidance] . "\n");
    exit(2);
}
$headers[] = 'Authorization: Bearer ' . json_decode($tokenBody, true)['access_token'];
<#elseif r.auth.authKind == "bearer">
$headers[] = 'Authorization: Bearer ' . env('BEARER_TOKEN');
<#elseif r.auth.authKind == "basic">
$headers[] = 'Authorization: Basic ' . base64_encode(env('API_USERNAME') . ':' . env('API_PASSWORD', ''));
<#elseif r.auth.authKind == "scheme">
$headers[] = 'Authorization: ' . [=r.auth.authorizationPrefix] . env('CREDENTIALS');
</#if>
<#list r.auth.headerKeys as k>
$headers[] = [=k.name] . ': ' . env('[=k.envName]');
</#list>
<#if r.auth.cookieKeys?has_content>
$headers[] = 'Cookie: ' . <#list r.auth.cookieKeys as k>[=k.cookiePrefix] . env('[=k.envName]')<#sep> . </#list>;
</#if>
<#if r.body.bodyKind == "none">
$body = null;
<#elseif r.body.bodyKind == "text">
$body = [=r.body.text];
<#elseif r.body.bodyKind == "binary">
$body = upload([=r.body.sample]);
<#elseif r.body.bodyKind == "multipart">
$boundary = 'assist-codegen-boundary-5e1f0c7a';
$body = '';
<#list r.body.parts as p>
$body .= '--' . $boundary . "\r\n" . 'Content-Disposition: ' . [=p.disposition] . "\r\n";
<#if p.hasContentType>
$body .= 'Content-Type: ' . [=p.contentType] . "\r\n";
</#if>
$body .= "\r\n" . <#if p.file>upload([=p.sample])<#else>[=p.value]</#if> . "\r\n";
</#list>
$body .= '--' . $boundary . "--\r\n";
$headers[] = 'Content-Type: multipart/form-data; boundary=' . $boundary;
</#if>
[$status, $answer] = send([=r.method], $url, $headers, $body<#if r.auth.authKind == "digest">, env('API_USERNAME') . ':' . env('API_PASSWORD', '')</#if>);
echo "HTTP " . $status . "\n" . $answer . "\n";
if ($status === 401) {
    fwrite(STDERR, [=r.guidance401] . "\n");
} elseif ($status === 403) {
    fwrite(STDERR, [=r.guidance403] . "\n");
}
exit(intdiv($status, 100) === 2 ? 0 : 1);
