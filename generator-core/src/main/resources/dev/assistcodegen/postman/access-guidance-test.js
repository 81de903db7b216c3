// Explains a refused call. GUIDANCE (the line above) is data written by assist-codegen:
// the operation, the scopes it needs, the roles that have them, and the credentials it sends.
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
  const needs = GUIDANCE.scopes.length > 0 ? ' It needs the scope ' + GUIDANCE.scopes.join(' or ') + '.' : '';
  const roles = GUIDANCE.roles.length > 0 ? ' Roles that have it: ' + GUIDANCE.roles.join(', ') + '.' : '';

  pm.test('Access granted for ' + GUIDANCE.operation + ' (not 401 or 403)', function () {
    if (code === 401 || (code === 400 && credentialError)) {
      if (GUIDANCE.clientCredentials) {
        // a rejected token must not be reused by the next request
        pm.collectionVariables.set('accessTokenExpiresAt', '0');
      }
      throw new Error('HTTP ' + code + (oauthError ? ' (' + oauthError + ')' : '') + ': the API did not accept '
          + GUIDANCE.credentials + '. ' + (GUIDANCE.clientCredentials
            ? 'Most likely the Client ID was removed from the tenant or the API key has expired: '
              + 'check the key in the product, or create a new one and update clientId and clientSecret.'
            : 'Check that they are filled in and still valid.'));
    }
    if (code === 403) {
      throw new Error('HTTP 403 Forbidden: the ' + (GUIDANCE.clientCredentials ? 'role of your API key' : 'caller')
          + ' lacks the privilege for ' + GUIDANCE.operation + '.' + needs + roles
          + (GUIDANCE.clientCredentials ? ' Add the key to a role that has it.' : ''));
    }
  });
})();
