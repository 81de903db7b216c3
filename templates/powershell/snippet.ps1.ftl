<#import "/_common/header.ftl" as h>
<@h.header r=r c="#"/>
# Needs PowerShell 7+ (for -SkipHttpErrorCheck and -StatusCodeVariable).
Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

function Get-Setting([string]$Name, $Fallback) {
    $value = [Environment]::GetEnvironmentVariable($Name)
    if ([string]::IsNullOrEmpty($value)) {
        if ($null -eq $Fallback) { Write-Error "set the environment variable $Name"; exit 2 }
        return $Fallback
    }
    return $value
}

<#if r.body.uploadsFile>
function Get-Upload([string]$Sample) {
    $path = [Environment]::GetEnvironmentVariable('UPLOAD_FILE')
    if ([string]::IsNullOrEmpty($path)) { return [Convert]::FromBase64String($Sample) }
    return [System.IO.File]::ReadAllBytes($path)
}
</#if>
$url = (Get-Setting 'BASE_URL' [=r.defaultBaseUrl]) + [=r.pathAndQuery]
<#list r.auth.queryKeys as k>
$url += [=k.queryPrefix] + [Uri]::EscapeDataString((Get-Setting [=k.env] $null))
</#list>
$headers = @{}
$contentType = $null
<#list r.headers as x>
<#if x.contentType>
$contentType = [=x.value]
<#else>
$headers[[=x.name]] = [=x.value]
</#if>
</#list>
<#if r.auth.authKind == "oauth2">
$scope = [Environment]::GetEnvironmentVariable('SCOPE')
if ($null -eq $scope) { $scope = [=r.auth.scope] }
$form = 'grant_type=client_credentials' +
    '&client_id=' + [Uri]::EscapeDataString((Get-Setting 'CLIENT_ID' $null)) +
    '&client_secret=' + [Uri]::EscapeDataString((Get-Setting 'CLIENT_SECRET' $null)) +
    '&scope=' + [Uri]::EscapeDataString($scope)
$token = Invoke-RestMethod -Method Post -Uri (Get-Setting 'TOKEN_URL' [=r.auth.tokenUrl]) -Body $form `
    -ContentType 'application/x-www-form-urlencoded' -SkipHttpErrorCheck -StatusCodeVariable tokenStatus
if ([math]::Floor($tokenStatus / 100) -ne 2) {
    [Console]::Error.WriteLine("token request: HTTP $tokenStatus")
    [Console]::Error.WriteLine(($token | ConvertTo-Json -Depth 10))
    [Console]::Error.WriteLine([=r.tokenGuidance])
    exit 2
}
$headers['Authorization'] = 'Bearer ' + $token.access_token
<#elseif r.auth.authKind == "bearer">
$headers['Authorization'] = 'Bearer ' + (Get-Setting 'BEARER_TOKEN' $null)
<#elseif r.auth.authKind == "basic">
$credentials = (Get-Setting 'API_USERNAME' $null) + ':' + (Get-Setting 'API_PASSWORD' '')
$headers['Authorization'] = 'Basic ' + [Convert]::ToBase64String([System.Text.Encoding]::UTF8.GetBytes($credentials))
<#elseif r.auth.authKind == "scheme">
$headers['Authorization'] = [=r.auth.authorizationPrefix] + (Get-Setting 'CREDENTIALS' $null)
</#if>
<#list r.auth.headerKeys as k>
$headers[[=k.name]] = Get-Setting [=k.env] $null
</#list>
<#if r.auth.cookieKeys?has_content>
$headers['Cookie'] = <#list r.auth.cookieKeys as k>[=k.cookiePrefix] + (Get-Setting [=k.env] $null)<#sep> + </#list>
</#if>
$parameters = @{
    Method = [=r.method]
    Uri = $url
    Headers = $headers
    SkipHttpErrorCheck = $true
    StatusCodeVariable = 'status'
}
if ($null -ne $contentType) { $parameters['ContentType'] = $contentType }
<#if r.auth.authKind == "digest">
# Invoke-RestMethod answers the server's Digest challenge with these credentials
# ConvertTo-SecureString refuses an empty string: an empty password is an empty SecureString
$plainPassword = Get-Setting 'API_PASSWORD' ''
$password = if ($plainPassword) { ConvertTo-SecureString $plainPassword -AsPlainText -Force } else { [securestring]::new() }
$parameters['Credential'] = [pscredential]::new((Get-Setting 'API_USERNAME' $null), $password)
$parameters['AllowUnencryptedAuthentication'] = $true
</#if>
<#if r.body.bodyKind == "text">
$parameters['Body'] = [System.Text.Encoding]::UTF8.GetBytes([=r.body.text])
<#elseif r.body.bodyKind == "binary">
$parameters['Body'] = Get-Upload [=r.body.sample]
<#elseif r.body.bodyKind == "multipart">
$form = [System.Net.Http.MultipartFormDataContent]::new('assist-codegen-boundary-5e1f0c7a')
<#list r.body.parts as p>
<#if p.file>
$part = [System.Net.Http.ByteArrayContent]::new((Get-Upload [=p.sample]))
<#if p.hasContentType>
$part.Headers.ContentType = [System.Net.Http.Headers.MediaTypeHeaderValue]::Parse([=p.contentType])
</#if>
$form.Add($part, [=p.name], [=p.value])
<#else>
$form.Add([System.Net.Http.StringContent]::new([=p.value]), [=p.name])
</#if>
</#list>
$parameters['Body'] = $form
</#if>
$response = Invoke-RestMethod @parameters
Write-Output "HTTP $status"
if ($response -is [string]) { Write-Output $response } else { Write-Output ($response | ConvertTo-Json -Depth 20) }
if ($status -eq 401) { [Console]::Error.WriteLine([=r.guidance401]) }
if ($status -eq 403) { [Console]::Error.WriteLine([=r.guidance403]) }
if ([math]::Floor($status / 100) -eq 2) { exit 0 } else { exit 1 }
