<#import "/_common/header.ftl" as h>
<#-- what this request needs, so that the snippet imports and defines nothing else -->
<#assign oauth2 = r.auth.authKind == "oauth2">
<#assign encodes = oauth2 || r.auth.queryKeys?has_content>
<#assign matches = oauth2 || r.auth.authKind == "digest">
<#assign charsets = encodes || (r.body.bodyKind != "none" && r.body.bodyKind != "binary") || r.auth.authKind == "basic" || r.auth.authKind == "digest">
<@h.header r=r c="//"/>
// Run it with: java <this file>

import java.io.IOException;
import java.net.URI;
<#if encodes>
import java.net.URLEncoder;
</#if>
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
<#if charsets>
import java.nio.charset.StandardCharsets;
</#if>
<#if r.body.uploadsFile>
import java.nio.file.Files;
import java.nio.file.Path;
</#if>
import java.time.Duration;
<#if r.auth.authKind == "basic" || r.body.uploadsFile>
import java.util.Base64;
</#if>
<#if matches>
import java.util.regex.Matcher;
import java.util.regex.Pattern;
</#if>

final class [=r.className] {
  public static void main(String[] args) throws IOException, InterruptedException {
    System.exit(run());
  }

  static String env(String name, String fallback) {
    String value = System.getenv(name);
    if (value == null || value.isEmpty()) {
      if (fallback == null) {
        System.err.println("set the environment variable " + name);
        System.exit(2);
      }
      return fallback;
    }
    return value;
  }

<#if r.body.uploadsFile>
  static byte[] upload(String sample) throws IOException {
    String path = System.getenv("UPLOAD_FILE");
    if (path != null && !path.isEmpty()) {
      return Files.readAllBytes(Path.of(path));
    }
    return Base64.getDecoder().decode(sample);
  }

</#if>
<#if oauth2>
  static String form(String name, String value) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

</#if><#if r.auth.authKind == "digest">
  /** Answers an HTTP Digest challenge (RFC 7616: MD5 or SHA-256, qop auth). */
  static String digest(String challenge, String method, URI uri, String username, String password) {
    java.util.Map<String, String> p = new java.util.HashMap<>();
    Matcher m = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^\\s,]*))").matcher(challenge.substring(7));
    while (m.find()) {
      p.put(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2) != null ? m.group(2) : m.group(3));
    }
    String algorithm = p.getOrDefault("algorithm", "MD5").toUpperCase(java.util.Locale.ROOT);
    String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    String cnonce = Long.toHexString(new java.security.SecureRandom().nextLong());
    boolean qop = p.containsKey("qop");
    String ha1 = hash(algorithm, username + ":" + p.get("realm") + ":" + password);
    String ha2 = hash(algorithm, method + ":" + target);
    String response = hash(algorithm, qop ? ha1 + ":" + p.get("nonce") + ":00000001:" + cnonce + ":auth:" + ha2
        : ha1 + ":" + p.get("nonce") + ":" + ha2);
    return "Digest username=\"" + username + "\", realm=\"" + p.get("realm") + "\", nonce=\"" + p.get("nonce")
        + "\", uri=\"" + target + "\", algorithm=" + algorithm + ", response=\"" + response + "\""
        + (qop ? ", qop=auth, nc=00000001, cnonce=\"" + cnonce + "\"" : "")
        + (p.containsKey("opaque") ? ", opaque=\"" + p.get("opaque") + "\"" : "");
  }

  static String hash(String algorithm, String text) {
    try {
      byte[] sum = java.security.MessageDigest.getInstance(algorithm.startsWith("SHA-256") ? "SHA-256" : "MD5")
          .digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (byte b : sum) {
        hex.append(String.format("%02x", b));
      }
      return hex.toString();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

</#if>
  static int run() throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(30))
        .build();
    String url = env("BASE_URL", [=r.defaultBaseUrl]) + [=r.pathAndQuery];
<#list r.auth.queryKeys as k>
    url += [=k.queryPrefix] + URLEncoder.encode(env([=k.env], null), StandardCharsets.UTF_8).replace("+", "%20");
</#list>
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
<#list r.headers as x>
    request.header([=x.name], [=x.value]);
</#list>
<#if r.auth.authKind == "oauth2">
    String scope = System.getenv("SCOPE") != null ? System.getenv("SCOPE") : [=r.auth.scope];
    String tokenForm = form("grant_type", "client_credentials") + "&" + form("client_id", env("CLIENT_ID", null))
        + "&" + form("client_secret", env("CLIENT_SECRET", null)) + "&" + form("scope", scope);
    HttpResponse<String> token = client.send(
        HttpRequest.newBuilder(URI.create(env("TOKEN_URL", [=r.auth.tokenUrl])))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(tokenForm))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    if (token.statusCode() / 100 != 2) {
      System.err.println("token request: HTTP " + token.statusCode());
      System.err.println(token.body());
      System.err.println([=r.tokenGuidance]);
      return 2;
    }
    Matcher accessToken = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(token.body());
    if (!accessToken.find()) {
      System.err.println("token response has no access_token: " + token.body());
      return 2;
    }
    request.header("Authorization", "Bearer " + accessToken.group(1));
<#elseif r.auth.authKind == "bearer">
    request.header("Authorization", "Bearer " + env("BEARER_TOKEN", null));
<#elseif r.auth.authKind == "basic">
    String credentials = env("API_USERNAME", null) + ":" + env("API_PASSWORD", "");
    request.header("Authorization", "Basic "
        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
<#elseif r.auth.authKind == "scheme">
    request.header("Authorization", [=r.auth.authorizationPrefix] + env("CREDENTIALS", null));
</#if>
<#list r.auth.headerKeys as k>
    request.header([=k.name], env([=k.env], null));
</#list>
<#if r.auth.cookieKeys?has_content>
    request.header("Cookie", <#list r.auth.cookieKeys as k>[=k.cookiePrefix] + env([=k.env], null)<#sep> + </#list>);
</#if>
<#if r.body.bodyKind == "none">
    request.method([=r.method], HttpRequest.BodyPublishers.noBody());
<#elseif r.body.bodyKind == "text">
    request.method([=r.method], HttpRequest.BodyPublishers.ofString([=r.body.text], StandardCharsets.UTF_8));
<#elseif r.body.bodyKind == "binary">
    request.method([=r.method], HttpRequest.BodyPublishers.ofByteArray(upload([=r.body.sample])));
<#elseif r.body.bodyKind == "multipart">
    String boundary = "assist-codegen-boundary-5e1f0c7a";
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
<#list r.body.parts as p>
    body.write(("--" + boundary + "\r\nContent-Disposition: " + [=p.disposition] + "\r\n"<#if p.hasContentType>
        + "Content-Type: " + [=p.contentType] + "\r\n"</#if> + "\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(<#if p.file>upload([=p.sample])<#else>[=p.value].getBytes(StandardCharsets.UTF_8)</#if>);
    body.write("\r\n".getBytes(StandardCharsets.UTF_8));
</#list>
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    request.header("Content-Type", "multipart/form-data; boundary=" + boundary);
    request.method([=r.method], HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
</#if>
    HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
<#if r.auth.authKind == "digest">
    String challenge = response.headers().firstValue("WWW-Authenticate").orElse("");
    if (response.statusCode() == 401 && challenge.regionMatches(true, 0, "Digest ", 0, 7)) {
      request.header("Authorization", digest(challenge, [=r.method], URI.create(url), env("API_USERNAME", null),
          env("API_PASSWORD", "")));
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
</#if>
    System.out.println("HTTP " + response.statusCode());
    System.out.println(response.body());
    if (response.statusCode() == 401) {
      System.err.println([=r.guidance401]);
    } else if (response.statusCode() == 403) {
      System.err.println([=r.guidance403]);
    }
    return response.statusCode() / 100 == 2 ? 0 : 1;
  }
}
