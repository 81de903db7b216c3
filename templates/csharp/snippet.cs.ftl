<#import "/_common/header.ftl" as h>
<#-- what this request needs, so that the snippet uses and defines nothing else -->
<#assign oauth2 = r.auth.authKind == "oauth2">
<#assign digest = r.auth.authKind == "digest">
<@h.header r=r c="//"/>

using System;
<#if r.body.uploadsFile || r.body.bodyKind == "multipart">
using System.IO;
</#if>
using System.Net.Http;
<#if (r.body.bodyKind != "none" && r.body.bodyKind != "binary") || oauth2 || digest || r.auth.authKind == "basic">
using System.Text;
</#if>
<#if oauth2 || digest>
using System.Text.RegularExpressions;
</#if>

namespace AssistCodegen.Snippets.[=r.className]
{
    internal static class Program
    {
        private static string Env(string name, string fallback)
        {
            string value = Environment.GetEnvironmentVariable(name);
            if (string.IsNullOrEmpty(value))
            {
                if (fallback == null)
                {
                    throw new InvalidOperationException("set the environment variable " + name);
                }
                return fallback;
            }
            return value;
        }

<#if r.body.uploadsFile>
        private static byte[] Upload(string sample)
        {
            string path = Environment.GetEnvironmentVariable("UPLOAD_FILE");
            return string.IsNullOrEmpty(path) ? Convert.FromBase64String(sample) : File.ReadAllBytes(path);
        }

</#if>
<#if r.headers?has_content || r.auth.headerKeys?has_content>
        private static void AddHeader(HttpRequestMessage request, string name, string value)
        {
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                if (request.Content == null)
                {
                    request.Content = new ByteArrayContent(new byte[0]);
                }
                request.Content.Headers.Remove(name);
                request.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

</#if><#if r.auth.authKind == "digest">
        /// <summary>A copy of the request with its own copy of the body, so the request can be sent again.</summary>
        private static HttpRequestMessage Copy(HttpRequestMessage request)
        {
            HttpRequestMessage copy = new HttpRequestMessage(request.Method, request.RequestUri);
            foreach (var header in request.Headers)
            {
                copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
            if (request.Content != null)
            {
                copy.Content = new ByteArrayContent(request.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult());
                foreach (var header in request.Content.Headers)
                {
                    if (header.Key != "Content-Length")
                    {
                        copy.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
                    }
                }
            }
            return copy;
        }

        /// <summary>Answers an HTTP Digest challenge (RFC 7616: MD5 or SHA-256, qop auth).</summary>
        private static string Digest(string challenge, string method, Uri uri, string username, string password)
        {
            var p = new System.Collections.Generic.Dictionary<string, string>();
            foreach (Match m in Regex.Matches(challenge.Substring(7), "(\\w+)=(?:\"([^\"]*)\"|([^\\s,]*))"))
            {
                p[m.Groups[1].Value.ToLowerInvariant()] = m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value;
            }
            string algorithm = p.ContainsKey("algorithm") ? p["algorithm"].ToUpperInvariant() : "MD5";
            string target = uri.PathAndQuery;
            string cnonce = Guid.NewGuid().ToString("N").Substring(0, 16);
            bool qop = p.ContainsKey("qop");
            string realm = p.ContainsKey("realm") ? p["realm"] : "";
            string ha1 = Hash(algorithm, username + ":" + realm + ":" + password);
            string ha2 = Hash(algorithm, method + ":" + target);
            string response = Hash(algorithm, qop ? ha1 + ":" + p["nonce"] + ":00000001:" + cnonce + ":auth:" + ha2
                : ha1 + ":" + p["nonce"] + ":" + ha2);
            return "Digest username=\"" + username + "\", realm=\"" + realm + "\", nonce=\"" + p["nonce"]
                + "\", uri=\"" + target + "\", algorithm=" + algorithm + ", response=\"" + response + "\""
                + (qop ? ", qop=auth, nc=00000001, cnonce=\"" + cnonce + "\"" : "")
                + (p.ContainsKey("opaque") ? ", opaque=\"" + p["opaque"] + "\"" : "");
        }

        private static string Hash(string algorithm, string text)
        {
            using (System.Security.Cryptography.HashAlgorithm hash = algorithm.StartsWith("SHA-256")
                ? (System.Security.Cryptography.HashAlgorithm) System.Security.Cryptography.SHA256.Create()
                : System.Security.Cryptography.MD5.Create())
            {
                return BitConverter.ToString(hash.ComputeHash(Encoding.UTF8.GetBytes(text))).Replace("-", "").ToLowerInvariant();
            }
        }

</#if>
        private static int Main()
        {
            try
            {
                return Run();
            }
            catch (Exception e)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }
        }

        private static int Run()
        {
            using (HttpClient client = new HttpClient())
            {
                client.Timeout = TimeSpan.FromSeconds(60);
                string url = Env("BASE_URL", [=r.defaultBaseUrl]) + [=r.pathAndQuery];
<#list r.auth.queryKeys as k>
                url += [=k.queryPrefix] + Uri.EscapeDataString(Env([=k.env], null));
</#list>
                HttpRequestMessage request = new HttpRequestMessage(new HttpMethod([=r.method]), url);
<#if r.body.bodyKind == "text">
                request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes([=r.body.text]));
<#elseif r.body.bodyKind == "binary">
                request.Content = new ByteArrayContent(Upload([=r.body.sample]));
<#elseif r.body.bodyKind == "multipart">
                string boundary = "assist-codegen-boundary-5e1f0c7a";
                MemoryStream body = new MemoryStream();
<#list r.body.parts as p>
                byte[] head[=p?index] = Encoding.UTF8.GetBytes("--" + boundary + "\r\nContent-Disposition: " + [=p.disposition] + "\r\n"<#if p.hasContentType> + "Content-Type: " + [=p.contentType] + "\r\n"</#if> + "\r\n");
                body.Write(head[=p?index], 0, head[=p?index].Length);
                byte[] value[=p?index] = <#if p.file>Upload([=p.sample])<#else>Encoding.UTF8.GetBytes([=p.value])</#if>;
                body.Write(value[=p?index], 0, value[=p?index].Length);
                body.Write(new byte[] { 13, 10 }, 0, 2);
</#list>
                byte[] tail = Encoding.UTF8.GetBytes("--" + boundary + "--\r\n");
                body.Write(tail, 0, tail.Length);
                request.Content = new ByteArrayContent(body.ToArray());
                request.Content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=" + boundary);
</#if>
<#list r.headers as x>
                AddHeader(request, [=x.name], [=x.value]);
</#list>
<#if r.auth.authKind == "oauth2">
                string scope = Environment.GetEnvironmentVariable("SCOPE") ?? [=r.auth.scope];
                string tokenForm = "grant_type=client_credentials"
                    + "&client_id=" + Uri.EscapeDataString(Env("CLIENT_ID", null))
                    + "&client_secret=" + Uri.EscapeDataString(Env("CLIENT_SECRET", null))
                    + "&scope=" + Uri.EscapeDataString(scope);
                HttpRequestMessage tokenRequest = new HttpRequestMessage(HttpMethod.Post, Env("TOKEN_URL", [=r.auth.tokenUrl]));
                tokenRequest.Content = new ByteArrayContent(Encoding.ASCII.GetBytes(tokenForm));
                tokenRequest.Content.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded");
                HttpResponseMessage token = client.SendAsync(tokenRequest).GetAwaiter().GetResult();
                string tokenBody = token.Content.ReadAsStringAsync().GetAwaiter().GetResult();
                if (!token.IsSuccessStatusCode)
                {
                    Console.Error.WriteLine("token request: HTTP " + (int) token.StatusCode);
                    Console.Error.WriteLine(tokenBody);
                    Console.Error.WriteLine([=r.tokenGuidance]);
                    return 2;
                }
                Match accessToken = Regex.Match(tokenBody, "\"access_token\"\\s*:\\s*\"([^\"]+)\"");
                if (!accessToken.Success)
                {
                    Console.Error.WriteLine("token response has no access_token: " + tokenBody);
                    return 2;
                }
                request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + accessToken.Groups[1].Value);
<#elseif r.auth.authKind == "bearer">
                request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + Env("BEARER_TOKEN", null));
<#elseif r.auth.authKind == "basic">
                string credentials = Env("API_USERNAME", null) + ":" + Env("API_PASSWORD", "");
                request.Headers.TryAddWithoutValidation("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
<#elseif r.auth.authKind == "scheme">
                request.Headers.TryAddWithoutValidation("Authorization", [=r.auth.authorizationPrefix] + Env("CREDENTIALS", null));
</#if>
<#list r.auth.headerKeys as k>
                AddHeader(request, [=k.name], Env([=k.env], null));
</#list>
<#if r.auth.cookieKeys?has_content>
                request.Headers.TryAddWithoutValidation("Cookie", <#list r.auth.cookieKeys as k>[=k.cookiePrefix] + Env([=k.env], null)<#sep> + </#list>);
</#if>
<#if r.auth.authKind == "digest">
                HttpResponseMessage response = client.SendAsync(Copy(request)).GetAwaiter().GetResult();
                string challenge = null;
                System.Collections.Generic.IEnumerable<string> challenges;
                if (response.Headers.TryGetValues("WWW-Authenticate", out challenges))
                {
                    foreach (string c in challenges)
                    {
                        if (c.StartsWith("Digest ", StringComparison.OrdinalIgnoreCase))
                        {
                            challenge = c;
                        }
                    }
                }
                if ((int) response.StatusCode == 401 && challenge != null)
                {
                    request.Headers.TryAddWithoutValidation("Authorization", Digest(challenge, [=r.method], request.RequestUri,
                        Env("API_USERNAME", null), Env("API_PASSWORD", "")));
                    response = client.SendAsync(request).GetAwaiter().GetResult();
                }
<#else>
                HttpResponseMessage response = client.SendAsync(request).GetAwaiter().GetResult();
</#if>
                int status = (int) response.StatusCode;
                Console.WriteLine("HTTP " + status);
                Console.WriteLine(response.Content.ReadAsStringAsync().GetAwaiter().GetResult());
                if (status == 401)
                {
                    Console.Error.WriteLine([=r.guidance401]);
                }
                else if (status == 403)
                {
                    Console.Error.WriteLine([=r.guidance403]);
                }
                return status / 100 == 2 ? 0 : 1;
            }
        }
    }
}
