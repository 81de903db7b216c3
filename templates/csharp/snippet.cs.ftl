<#import "/_common/header.ftl" as h>
<@h.header r=r c="//"/>

using System;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Text.RegularExpressions;

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

        private static byte[] Upload()
        {
            string path = Environment.GetEnvironmentVariable("UPLOAD_FILE");
            return string.IsNullOrEmpty(path) ? Encoding.UTF8.GetBytes([=r.sampleUpload]) : File.ReadAllBytes(path);
        }

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
<#if r.auth.authKind == "apiKey" && r.auth.keyLocationKind == "query">
                url += [=r.auth.keyQueryPrefix] + Uri.EscapeDataString(Env("API_KEY", null));
</#if>
                HttpRequestMessage request = new HttpRequestMessage(new HttpMethod([=r.method]), url);
<#if r.body.bodyKind == "text">
                request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes([=r.body.text]));
<#elseif r.body.bodyKind == "binary">
                request.Content = new ByteArrayContent(Upload());
<#elseif r.body.bodyKind == "multipart">
                string boundary = "assist-codegen-boundary-5e1f0c7a";
                MemoryStream body = new MemoryStream();
<#list r.body.parts as p>
                byte[] head[=p?index] = Encoding.UTF8.GetBytes("--" + boundary + "\r\nContent-Disposition: " + [=p.disposition] + "\r\n"<#if p.hasContentType> + "Content-Type: " + [=p.contentType] + "\r\n"</#if> + "\r\n");
                body.Write(head[=p?index], 0, head[=p?index].Length);
                byte[] value[=p?index] = <#if p.file>Upload()<#else>Encoding.UTF8.GetBytes([=p.value])</#if>;
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
                string credentials = Env("USERNAME", null) + ":" + Env("PASSWORD", null);
                request.Headers.TryAddWithoutValidation("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
<#elseif r.auth.authKind == "apiKey" && r.auth.keyLocationKind == "header">
                AddHeader(request, [=r.auth.keyName], Env("API_KEY", null));
<#elseif r.auth.authKind == "apiKey" && r.auth.keyLocationKind == "cookie">
                request.Headers.TryAddWithoutValidation("Cookie", [=r.auth.keyCookiePrefix] + Env("API_KEY", null));
</#if>
                HttpResponseMessage response = client.SendAsync(request).GetAwaiter().GetResult();
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
