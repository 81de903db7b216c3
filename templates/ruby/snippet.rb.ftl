<#import "/_common/header.ftl" as h>
#!/usr/bin/env ruby
# frozen_string_literal: true

<@h.header r=r c="#"/>
<#if r.auth.authKind == "digest">
require 'digest'
</#if>
<#if r.auth.authKind == "oauth2">
require 'json'
</#if>
require 'net/http'
<#if r.auth.authKind == "digest">
require 'securerandom'
</#if>
require 'uri'

def env(name, fallback = nil)
  value = ENV[name]
  return value unless value.nil? || value.empty?
  abort("set the environment variable #{name}") if fallback.nil?
  fallback
end

<#if r.body.uploadsFile>
def upload(sample)
  path = ENV['UPLOAD_FILE']
  return File.binread(path) unless path.nil? || path.empty?
  sample.unpack1('m')
end

</#if>def send_request(uri, request)
  Net::HTTP.start(uri.host, uri.port, use_ssl: uri.scheme == 'https', open_timeout: 30, read_timeout: 60) do |http|
    http.request(request)
  end
end

<#if r.auth.authKind == "digest">
# answers an HTTP Digest challenge (RFC 7616: MD5 or SHA-256, qop auth)
def digest_authorization(challenge, method, uri, username, password)
  params = {}
  challenge[7..].scan(/(\w+)=(?:"([^"]*)"|([^\s,]*))/) { |name, quoted, plain| params[name.downcase] = quoted || plain }
  algorithm = (params['algorithm'] || 'MD5').upcase
  hash = algorithm.start_with?('SHA-256') ? Digest::SHA256 : Digest::MD5
  cnonce = SecureRandom.hex(8)
  ha1 = hash.hexdigest("#{username}:#{params['realm']}:#{password}")
  ha2 = hash.hexdigest("#{method}:#{uri}")
  qop = params.key?('qop')
  response = hash.hexdigest(qop ? "#{ha1}:#{params['nonce']}:00000001:#{cnonce}:auth:#{ha2}" : "#{ha1}:#{params['nonce']}:#{ha2}")
  header = %(Digest username="#{username}", realm="#{params['realm']}", nonce="#{params['nonce']}", uri="#{uri}", ) +
           %(algorithm=#{algorithm}, response="#{response}")
  header += %(, qop=auth, nc=00000001, cnonce="#{cnonce}") if qop
  header += %(, opaque="#{params['opaque']}") if params.key?('opaque')
  header
end

</#if>
url = env('BASE_URL', [=r.defaultBaseUrl]) + [=r.pathAndQuery]
<#list r.auth.queryKeys as k>
url += [=k.queryPrefix] + URI.encode_www_form_component(env('[=k.envName]')).gsub('+', '%20')
</#list>
uri = URI.parse(url)
<#if r.body.bodyKind == "none">
request = Net::HTTPGenericRequest.new([=r.method], false, true, uri.request_uri)
<#else>
request = Net::HTTPGenericRequest.new([=r.method], true, true, uri.request_uri)
</#if>
<#list r.headers as x>
request[[=x.name]] = [=x.value]
</#list>
<#if r.auth.authKind == "oauth2">
token_uri = URI.parse(env('TOKEN_URL', [=r.auth.tokenUrl]))
token_request = Net::HTTP::Post.new(token_uri.request_uri)
token_request.set_form_data(
  'grant_type' => 'client_credentials',
  'client_id' => env('CLIENT_ID'),
  'client_secret' => env('CLIENT_SECRET'),
  'scope' => ENV.fetch('SCOPE', [=r.auth.scope])
)
token_response = send_request(token_uri, token_request)
unless token_response.is_a?(Net::HTTPSuccess)
  warn "token request: HTTP #{token_response.code}"
  warn token_response.body.to_s
  warn [=r.tokenGuidance]
  exit 2
end
request['Authorization'] = "Bearer #{JSON.parse(token_response.body).fetch('access_token')}"
<#elseif r.auth.authKind == "bearer">
request['Authorization'] = "Bearer #{env('BEARER_TOKEN')}"
<#elseif r.auth.authKind == "basic">
request.basic_auth(env('API_USERNAME'), env('API_PASSWORD', ''))
<#elseif r.auth.authKind == "scheme">
request['Authorization'] = [=r.auth.authorizationPrefix] + env('CREDENTIALS')
</#if>
<#list r.auth.headerKeys as k>
request[[=k.name]] = env('[=k.envName]')
</#list>
<#if r.auth.cookieKeys?has_content>
request.add_field('Cookie', <#list r.auth.cookieKeys as k>[=k.cookiePrefix] + env('[=k.envName]')<#sep> + </#list>)
</#if>
<#if r.body.bodyKind == "text">
request.body = [=r.body.text].b
<#elseif r.body.bodyKind == "binary">
request.body = upload([=r.body.sample])
<#elseif r.body.bodyKind == "multipart">
boundary = 'assist-codegen-boundary-5e1f0c7a'
body = String.new(encoding: Encoding::BINARY)
<#list r.body.parts as p>
body << "--#{boundary}\r\n" << 'Content-Disposition: ' << [=p.disposition].b << "\r\n"
<#if p.hasContentType>
body << 'Content-Type: ' << [=p.contentType].b << "\r\n"
</#if>
body << "\r\n" << <#if p.file>upload([=p.sample])<#else>[=p.value].b</#if> << "\r\n"
</#list>
body << "--#{boundary}--\r\n"
request['Content-Type'] = "multipart/form-data; boundary=#{boundary}"
request.body = body
</#if>
response = send_request(uri, request)
<#if r.auth.authKind == "digest">
challenge = response['WWW-Authenticate'].to_s
if response.code == '401' && challenge.downcase.start_with?('digest ')
  request['Authorization'] = digest_authorization(challenge, [=r.method], uri.request_uri, env('API_USERNAME'), env('API_PASSWORD', ''))
  response = send_request(uri, request)
end
</#if>
puts "HTTP #{response.code}"
puts response.body.to_s
case response.code.to_i
when 401 then warn [=r.guidance401]
when 403 then warn [=r.guidance403]
end
exit(response.is_a?(Net::HTTPSuccess) ? 0 : 1)
