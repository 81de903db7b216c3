// Explains a refused call. GUIDANCE (the line above) is data written by assist-codegen: the
// operation and the 401 and 403 texts (AccessGuidance: the same sentences the snippets print).
(function () {
  const code = pm.response.code;
  let oauthError = '';
  if (code === 400 || code === 401) {
    try {
      const body = pm.response.json();
      oauthError = body && typeof body.error === 'string' ? body.error : '';
    } catch (notJson) {
      oauthError = '';
    }
    const challenge = String(pm.response.headers.get('WWW-Authenticate') || '');
    const match = /error="?([a-z_]+)/.exec(challenge);
    if (!oauthError && match) {
      oauthError = match[1];
    }
  }
  const credentialError = /^(invalid_client|invalid_token|invalid_grant|unauthorized_client)$/.test(oauthError);
  pm.test('Access granted for ' + GUIDANCE.operation + ' (not 401 or 403)', function () {
    if (code === 401 || (code === 400 && credentialError)) {
      if (GUIDANCE.clientCredentials) {
        // a rejected token must not be reused by the next request
        pm.collectionVariables.set('accessTokenExpiresAt', '0');
      }
      throw new Error('HTTP ' + code + (oauthError ? ' (' + oauthError + ')' : '') + ': ' + GUIDANCE.unauthorized);
    }
    if (code === 403) {
      throw new Error('HTTP ' + GUIDANCE.forbidden);
    }
  });
})();
