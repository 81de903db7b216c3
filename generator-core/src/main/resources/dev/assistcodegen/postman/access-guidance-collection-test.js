// Explains a refused call of any request that sends credentials. Each such request's pre-request
// script (a line of data written by assist-codegen: the operation and the 401 and 403 texts of
// AccessGuidance, the same sentences the snippets print) leaves it in the local variable
// assistCodegenGuidance; the request id guards against the data of an earlier request of a run.
// accessRefused: the response was a refusal this test explained, so the response checks after it
// stay quiet (a 403's body says nothing about the API's contract).
const accessRefused = (function () {
  let stored = null;
  try {
    stored = JSON.parse(pm.variables.get('assistCodegenGuidance') || 'null');
  } catch (notJson) {
    stored = null;
  }
  if (!stored || !stored.guidance || stored.requestId !== pm.info.requestId) {
    return false; // a public request, or one whose credentials the user set up without us
  }
  const GUIDANCE = stored.guidance;
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
  const refused = code === 401 || code === 403 || (code === 400 && credentialError);
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
  return refused;
})();
