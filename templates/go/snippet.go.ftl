<#import "/_common/header.ftl" as h>
<#-- what this request needs: Go refuses to compile an unused import -->
<#assign oauth2 = r.auth.authKind == "oauth2">
<#assign digest = r.auth.authKind == "digest">
<#assign multipart = r.body.bodyKind == "multipart">
<#assign queryKeys = r.auth.queryKeys?has_content>
<@h.header r=r c="//"/>
// Run it with: go run . (in this directory)
package main

import (
<#if multipart || r.body.bodyKind == "binary">
	"bytes"
</#if>
<#if digest>
	"crypto/md5"
	"crypto/rand"
	"crypto/sha256"
</#if>
<#if r.body.uploadsFile>
	"encoding/base64"
</#if>
<#if digest>
	"encoding/hex"
</#if>
<#if oauth2>
	"encoding/json"
</#if>
	"fmt"
	"io"
<#if multipart>
	"mime/multipart"
</#if>
	"net/http"
<#if multipart && r.body.parts?has_content>
	"net/textproto"
</#if>
<#if oauth2 || queryKeys || digest>
	"net/url"
</#if>
	"os"
<#if digest>
	"regexp"
</#if>
<#if oauth2 || queryKeys || digest || r.body.bodyKind == "text">
	"strings"
</#if>
	"time"
)

func env(name, fallback string, required bool) string {
	value := os.Getenv(name)
	if value == "" {
		if required {
			fmt.Fprintln(os.Stderr, "set the environment variable "+name)
			os.Exit(2)
		}
		return fallback
	}
	return value
}

<#if r.body.uploadsFile>
func upload(sample string) []byte {
	if path := os.Getenv("UPLOAD_FILE"); path != "" {
		data, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		return data
	}
	data, err := base64.StdEncoding.DecodeString(sample)
	if err != nil {
		panic(err)
	}
	return data
}

</#if><#if r.auth.authKind == "digest">
// digestAuthorization answers an HTTP Digest challenge (RFC 7616: MD5 or SHA-256, qop auth).
func digestAuthorization(challenge, method string, target *url.URL, username, password string) string {
	params := map[string]string{}
	for _, m := range regexp.MustCompile(`(\w+)=(?:"([^"]*)"|([^\s,]*))`).FindAllStringSubmatch(challenge[7:], -1) {
		params[strings.ToLower(m[1])] = m[2] + m[3]
	}
	algorithm := strings.ToUpper(params["algorithm"])
	if algorithm == "" {
		algorithm = "MD5"
	}
	newHash := md5.New
	if strings.HasPrefix(algorithm, "SHA-256") {
		newHash = sha256.New
	}
	sum := func(text string) string {
		h := newHash()
		h.Write([]byte(text))
		return hex.EncodeToString(h.Sum(nil))
	}
	nonce := make([]byte, 8)
	rand.Read(nonce)
	cnonce := hex.EncodeToString(nonce)
	uri := target.RequestURI()
	ha1 := sum(username + ":" + params["realm"] + ":" + password)
	ha2 := sum(method + ":" + uri)
	_, qop := params["qop"]
	header := `Digest username="` + username + `", realm="` + params["realm"] + `", nonce="` + params["nonce"] +
		`", uri="` + uri + `", algorithm=` + algorithm
	if qop {
		header += `, response="` + sum(ha1+":"+params["nonce"]+":00000001:"+cnonce+":auth:"+ha2) +
			`", qop=auth, nc=00000001, cnonce="` + cnonce + `"`
	} else {
		header += `, response="` + sum(ha1+":"+params["nonce"]+":"+ha2) + `"`
	}
	if opaque, ok := params["opaque"]; ok {
		header += `, opaque="` + opaque + `"`
	}
	return header
}

</#if>
func main() {
	os.Exit(run())
}

func run() int {
	client := &http.Client{Timeout: 60 * time.Second}
	target := env("BASE_URL", [=r.defaultBaseUrl], false) + [=r.pathAndQuery]
<#list r.auth.queryKeys as k>
	target += [=k.queryPrefix] + strings.ReplaceAll(url.QueryEscape(env([=k.env], "", true)), "+", "%20")
</#list>
	var body io.Reader
	contentType := ""
<#if r.body.bodyKind == "text">
	body = strings.NewReader([=r.body.text])
<#elseif r.body.bodyKind == "binary">
	body = bytes.NewReader(upload([=r.body.sample]))
<#elseif r.body.bodyKind == "multipart">
	var form bytes.Buffer
	writer := multipart.NewWriter(&form)
	if err := writer.SetBoundary("assist-codegen-boundary-5e1f0c7a"); err != nil {
		panic(err)
	}
<#list r.body.parts as p>
	{
		header := textproto.MIMEHeader{}
		header["Content-Disposition"] = []string{[=p.disposition]}
<#if p.hasContentType>
		header["Content-Type"] = []string{[=p.contentType]}
</#if>
		part, err := writer.CreatePart(header)
		if err != nil {
			panic(err)
		}
		if _, err := part.Write(<#if p.file>upload([=p.sample])<#else>[]byte([=p.value])</#if>); err != nil {
			panic(err)
		}
	}
</#list>
	if err := writer.Close(); err != nil {
		panic(err)
	}
	body = &form
	contentType = writer.FormDataContentType()
</#if>
	request, err := http.NewRequest([=r.method], target, body)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	if contentType != "" {
		request.Header.Set("Content-Type", contentType)
	}
<#list r.headers as x>
	request.Header[[=x.name]] = append(request.Header[[=x.name]], [=x.value])
</#list>
<#if r.auth.authKind == "oauth2">
	scope, ok := os.LookupEnv("SCOPE")
	if !ok {
		scope = [=r.auth.scope]
	}
	tokenForm := url.Values{}
	tokenForm.Set("grant_type", "client_credentials")
	tokenForm.Set("client_id", env("CLIENT_ID", "", true))
	tokenForm.Set("client_secret", env("CLIENT_SECRET", "", true))
	tokenForm.Set("scope", scope)
	tokenResponse, err := client.Post(env("TOKEN_URL", [=r.auth.tokenUrl], false),
		"application/x-www-form-urlencoded", strings.NewReader(tokenForm.Encode()))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	tokenBody, _ := io.ReadAll(tokenResponse.Body)
	tokenResponse.Body.Close()
	if tokenResponse.StatusCode/100 != 2 {
		fmt.Fprintf(os.Stderr, "token request: HTTP %d\n%s\n", tokenResponse.StatusCode, tokenBody)
		os.Stderr.WriteString([=r.tokenGuidance] + "\n")
		return 2
	}
	var token struct {
		AccessToken string `json:"access_token"`
	}
	if err := json.Unmarshal(tokenBody, &token); err != nil || token.AccessToken == "" {
		fmt.Fprintf(os.Stderr, "token response has no access_token: %s\n", tokenBody)
		return 2
	}
	request.Header.Set("Authorization", "Bearer "+token.AccessToken)
<#elseif r.auth.authKind == "bearer">
	request.Header.Set("Authorization", "Bearer "+env("BEARER_TOKEN", "", true))
<#elseif r.auth.authKind == "basic">
	request.SetBasicAuth(env("API_USERNAME", "", true), env("API_PASSWORD", "", false))
<#elseif r.auth.authKind == "scheme">
	request.Header.Set("Authorization", [=r.auth.authorizationPrefix]+env("CREDENTIALS", "", true))
</#if>
<#list r.auth.headerKeys as k>
	request.Header[[=k.name]] = []string{env([=k.env], "", true)}
</#list>
<#if r.auth.cookieKeys?has_content>
	request.Header.Add("Cookie", <#list r.auth.cookieKeys as k>[=k.cookiePrefix]+env([=k.env], "", true)<#sep>+</#list>)
</#if>
	response, err := client.Do(request)
<#if r.auth.authKind == "digest">
	if err == nil && response.StatusCode == 401 &&
		strings.HasPrefix(strings.ToLower(response.Header.Get("WWW-Authenticate")), "digest ") {
		challenge := response.Header.Get("WWW-Authenticate")
		response.Body.Close()
		if request.GetBody != nil {
			request.Body, _ = request.GetBody()
		}
		request.Header.Set("Authorization", digestAuthorization(challenge, request.Method, request.URL,
			env("API_USERNAME", "", true), env("API_PASSWORD", "", false)))
		response, err = client.Do(request)
	}
</#if>
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	defer response.Body.Close()
	responseBody, _ := io.ReadAll(response.Body)
	fmt.Printf("HTTP %d\n%s\n", response.StatusCode, responseBody)
	switch response.StatusCode {
	case 401:
		os.Stderr.WriteString([=r.guidance401] + "\n")
	case 403:
		os.Stderr.WriteString([=r.guidance403] + "\n")
	}
	if response.StatusCode/100 == 2 {
		return 0
	}
	return 1
}
