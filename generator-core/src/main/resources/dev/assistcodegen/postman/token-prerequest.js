// Fetches an OAuth 2 access token (client credentials) once per run and reuses it until it
// is about to expire. CONFIG (the line above) is data written by assist-codegen.
// Variables: tokenUrl, clientId, clientSecret, scope (environment or collection);
// the token is cached in the collection variables accessToken and accessTokenExpiresAt, with
// accessTokenFor naming whose it is (token URL, client ID and scope): another environment or
// another key's Client ID never reuses it.
(function () {
  // Only requests sending this collection's bearer token need it: those inheriting the collection's
  // auth (pm.request.auth is then empty here) or naming {{accessToken}} themselves.
  const auth = pm.request.auth ? pm.request.auth.toJSON() : null;
  if (auth && !(auth.type === 'bearer' && JSON.stringify(auth.bearer || []).indexOf('{{accessToken}}') >= 0)) {
    return;
  }
  const tokenUrl = pm.variables.get('tokenUrl');
  const clientId = pm.variables.get('clientId');
  const clientSecret = pm.variables.get('clientSecret');
  const scope = pm.variables.get('scope') || '';
  const owner = JSON.stringify([tokenUrl || '', clientId || '', scope]);
  const token = pm.collectionVariables.get('accessToken');
  const expiresAt = Number(pm.collectionVariables.get('accessTokenExpiresAt') || 0);
  if (token && pm.collectionVariables.get('accessTokenFor') === owner
      && expiresAt - Date.now() > CONFIG.refreshMarginSeconds * 1000) {
    return;
  }

  const checks = CONFIG.tokenGuidance;

  function stop(title, message) {
    pm.test(title, function () {
      throw new Error(message);
    });
    // end a collection run here (ignored for a single Send) and skip this request: without a token it would only fail
    pm.execution.setNextRequest(null);
    pm.execution.skipRequest();
  }

  const empty = [];
  if (!tokenUrl) {
    empty.push('tokenUrl');
  }
  if (!clientId) {
    empty.push('clientId');
  }
  if (!clientSecret) {
    empty.push('clientSecret');
  }
  if (empty.length > 0) {
    stop('Access token: ' + empty.join(' and ') + ' not set',
        'No token was requested because ' + empty.join(' and ') + (empty.length > 1 ? ' are' : ' is')
        + ' empty. Select the environment and fill in the Client ID and Client Secret of your API key '
        + '(for Newman: --env-var clientId=... --env-var clientSecret=...).');
    return;
  }

  pm.sendRequest({
    url: tokenUrl,
    method: 'POST',
    header: [
      { key: 'Content-Type', value: 'application/x-www-form-urlencoded' },
      { key: 'Accept', value: 'application/json' }
    ],
    body: {
      mode: 'urlencoded',
      urlencoded: [
        { key: 'grant_type', value: 'client_credentials' },
        { key: 'client_id', value: clientId },
        { key: 'client_secret', value: clientSecret },
        { key: 'scope', value: scope }
      ]
    }
  }, function (err, res) {
    if (err) {
      stop('Access token: the token endpoint could not be reached',
          'The token request to ' + tokenUrl + ' failed: ' + (err.message || err) + '. Check tokenUrl and your network.');
      return;
    }
    let body = {};
    try {
      body = res.json();
    } catch (notJson) {
      body = {};
    }
    if (res.code < 200 || res.code > 299 || !body || !body.access_token) {
      const details = ['HTTP ' + res.code + (res.status ? ' ' + res.status : '')];
      if (body && body.error) {
        details.push('error: ' + body.error);
      }
      if (body && body.error_description) {
        details.push('error_description: ' + body.error_description);
      }
      if (res.code >= 200 && res.code <= 299) {
        details.push('the answer has no access_token');
      }
      stop('Access token: the token request was refused (' + details[0] + ')',
          'The token request to ' + tokenUrl + ' failed (' + details.join(', ') + '). ' + checks);
      return;
    }
    const lifetime = Number(body.expires_in) > 0 ? Number(body.expires_in) : CONFIG.defaultLifetimeSeconds;
    pm.collectionVariables.set('accessToken', body.access_token);
    pm.collectionVariables.set('accessTokenExpiresAt', String(Date.now() + lifetime * 1000));
    pm.collectionVariables.set('accessTokenFor', owner);
  });
})();
