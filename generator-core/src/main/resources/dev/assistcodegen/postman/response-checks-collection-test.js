// Checks each response against what the spec documents for its request. Each request's pre-request
// script (a line of data written by assist-codegen: the operation and, by status, the documented media
// types, a pointer into SCHEMAS and the required headers) leaves it in the local variable
// assistCodegenChecks, tagged with the request id. SCHEMAS (contract tests only) holds every response
// schema once: the components as definitions, the other response schemas under responses.
(function () {
  let stored = null;
  try {
    stored = JSON.parse(pm.variables.get('assistCodegenChecks') || 'null');
  } catch (notJson) {
    stored = null;
  }
  if (!stored || !stored.checks || stored.requestId !== pm.info.requestId) {
    return; // a request added by hand, or one whose data line was taken out
  }
  if (typeof accessRefused !== 'undefined' && accessRefused) {
    return; // the access test above explained the refusal; its body says nothing about the contract
  }
  const CHECKS = stored.checks;
  const label = CHECKS.operation;
  const code = pm.response.code;
  const documented = Object.keys(CHECKS.responses);
  const covers = function (key) {
    return key === String(code) || (/^[1-5]XX$/i.test(key) && key.charAt(0) === String(code).charAt(0));
  };
  const key = documented.find(function (k) { return k === String(code); })
    || documented.find(covers) || (documented.indexOf('default') >= 0 ? 'default' : null);
  const success = documented.filter(function (k) { return k.charAt(0) === '2'; });
  const excerpt = function (text, max) {
    const flat = String(text).replace(/\s+/g, ' ');
    return flat.length > max ? flat.slice(0, max) + '...' : flat;
  };
  const came = 'HTTP ' + code + ' ' + pm.response.status;
  pm.test(label + ': the status is ' + (success.length ? 'a documented 2xx' : 'documented'), function () {
    if (success.length ? !success.some(covers) : !key) {
      const body = pm.response.text();
      throw new Error('the spec documents ' + (success.length ? success : documented).join(', ')
        + (success.length && documented.length > success.length ? ' (and for errors '
          + documented.filter(function (k) { return success.indexOf(k) < 0; }).join(', ') + ')' : '')
        + '; the API answered ' + came + (body ? ': ' + excerpt(body, 200) : ''));
    }
  });
  const limit = Number(pm.variables.get('maxResponseTimeMs'));
  if (limit > 0) {
    pm.test(label + ': answered within ' + limit + ' ms', function () {
      if (pm.response.responseTime > limit) {
        throw new Error('the limit (variable maxResponseTimeMs) is ' + limit + ' ms; the API took '
          + pm.response.responseTime + ' ms');
      }
    });
  }
  const expected = key ? CHECKS.responses[key] : null;
  if (!expected) {
    return; // status only, or a status the spec does not document: nothing more to compare with
  }
  const text = pm.response.text();
  const mediaType = String(pm.response.headers.get('Content-Type') || '').split(';')[0].trim().toLowerCase();
  if (expected.types && text) {
    pm.test(label + ': the ' + key + ' response is ' + expected.types.join(' or '), function () {
      const fits = expected.types.some(function (t) {
        const wanted = t.split(';')[0].trim().toLowerCase();
        return wanted === mediaType || wanted === '*/*'
          || (/\/\*$/.test(wanted) && mediaType.indexOf(wanted.slice(0, -1)) === 0);
      });
      if (!fits) {
        throw new Error('the spec documents Content-Type ' + expected.types.join(' or ') + ' for ' + key
          + '; the API sent ' + (mediaType || 'no Content-Type'));
      }
    });
  }
  if (expected.headers) {
    pm.test(label + ': the ' + key + ' response has the headers ' + expected.headers.join(', '), function () {
      const missing = expected.headers.filter(function (h) { return !pm.response.headers.has(h); });
      if (missing.length) {
        throw new Error('the spec requires the header' + (missing.length > 1 ? 's ' : ' ') + missing.join(', ')
          + ' in the ' + key + ' response; the API sent none');
      }
    });
  }
  if (!expected.schema || !text) {
    return;
  }
  pm.test(label + ': the ' + key + ' body matches the spec\'s schema', function () {
    let body;
    try {
      body = JSON.parse(text);
    } catch (notJson) {
      throw new Error('the spec documents a JSON body for ' + key + '; the API sent: ' + excerpt(text, 200));
    }
    const Ajv = require('ajv');
    // unknown formats (int32, byte, ...) are left alone: OpenAPI names more formats than JSON Schema;
    // the schemas were made for this validator by assist-codegen, so they are not checked again
    const ajv = new Ajv({ allErrors: true, jsonPointers: true, unknownFormats: 'ignore', validateSchema: false,
      missingRefs: 'ignore', extendRefs: true, logger: false });
    ajv.addSchema(SCHEMAS, 'assist');
    const validate = ajv.getSchema('assist' + expected.schema);
    if (validate(body)) {
      return;
    }
    const valueAt = function (pointer) {
      let value = body;
      let path = '$';
      pointer.split('/').slice(1).forEach(function (raw) {
        const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        path += Array.isArray(value) ? '[' + token + ']'
          : /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(token) ? '.' + token : '[' + JSON.stringify(token) + ']';
        value = value === null || value === undefined ? undefined : value[token];
      });
      return { path: path, value: value };
    };
    const lines = [];
    // the deepest first: under anyOf or a nullable reference, the branch's own failures say the most
    const depth = function (e) { return e.dataPath.split('/').length + (e.keyword === 'required' ? 1 : 0); };
    validate.errors.filter(function (e) { return e.keyword !== 'if'; }).map(function (e, i) {
      return { e: e, i: i };
    }).sort(function (a, b) {
      return depth(b.e) - depth(a.e) || a.i - b.i;
    }).map(function (x) { return x.e; }).forEach(function (e) {
      const at = valueAt(e.dataPath);
      const p = e.params || {};
      let wanted = e.message;
      if (e.keyword === 'type') {
        wanted = 'type ' + p.type;
      } else if (e.keyword === 'required') {
        wanted = 'this required property';
      } else if (e.keyword === 'enum') {
        wanted = 'one of ' + JSON.stringify(p.allowedValues);
      } else if (e.keyword === 'format') {
        wanted = 'format ' + p.format;
      } else if (e.keyword === 'additionalProperties') {
        wanted = 'no property "' + p.additionalProperty + '"';
      } else if (e.keyword === 'anyOf') {
        wanted = 'one of the alternatives the spec lists';
      } else if (e.keyword === 'pattern') {
        wanted = 'a string matching /' + p.pattern + '/';
      } else if (/^(exclusiveM|m)(in|ax)imum$/.test(e.keyword)) {
        wanted = 'a number ' + p.comparison + ' ' + p.limit;
      } else if (/^m(in|ax)(Length|Items|Properties)$/.test(e.keyword)) {
        wanted = (e.keyword.indexOf('min') === 0 ? 'at least ' : 'at most ') + p.limit + ' '
          + { Length: 'characters', Items: 'items', Properties: 'properties' }[e.keyword.slice(3)];
      } else if (e.keyword === 'const') {
        wanted = 'the value ' + JSON.stringify(p.allowedValue);
      } else if (e.keyword === 'multipleOf') {
        wanted = 'a multiple of ' + p.multipleOf;
      } else {
        wanted = e.keyword + ' (' + e.message + ')';
      }
      const missing = e.keyword === 'required';
      const path = missing ? valueAt(e.dataPath + '/' + String(p.missingProperty).replace(/~/g, '~0')
        .replace(/\//g, '~1')).path : at.path;
      const got = missing || at.value === undefined ? 'nothing' : excerpt(JSON.stringify(at.value), 80);
      const line = path + ': the spec expects ' + wanted + ', the API sent ' + got;
      if (lines.indexOf(line) < 0) {
        lines.push(line);
      }
    });
    const shown = lines.slice(0, 5);
    throw new Error('the ' + key + ' body breaks the spec\'s schema: ' + shown.join('; ')
      + (lines.length > shown.length ? '; and ' + (lines.length - shown.length) + ' more' : ''));
  });
})();
