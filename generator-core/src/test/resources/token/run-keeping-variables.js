// Runs a collection the way the Postman app does between two runs: the collection variables its
// scripts set stay in the collection. Newman's --export-collection leaves them out, so they are
// read here from the scripts' results in the run's events (Newman's library API) and written,
// with every request's Authorization header, to a JSON file.
// Usage: node run-keeping-variables.js <newman package dir> <collection> <environment> <out.json>
'use strict';
const fs = require('fs');
const [newmanDir, collectionFile, environmentFile, outFile] = process.argv.slice(2);
const newman = require(newmanDir);

const variables = {};
const authorization = [];

function remember(scope) {
  if (!scope) {
    return;
  }
  const values = typeof scope.toObject === 'function' ? scope.toObject()
    : Object.fromEntries((scope.values || []).map(v => [v.key, v.value]));
  Object.assign(variables, values);
}

newman.run({
  collection: JSON.parse(fs.readFileSync(collectionFile, 'utf8')),
  environment: JSON.parse(fs.readFileSync(environmentFile, 'utf8')),
  reporters: [],
  timeoutRequest: 20000
}).on('script', (err, o) => {
  remember(o && o.execution && o.execution.collectionVariables);
}).on('request', (err, o) => {
  const header = o && o.request && o.request.headers && o.request.headers.get('Authorization');
  authorization.push(header || '');
}).on('done', (err, summary) => {
  fs.writeFileSync(outFile, JSON.stringify({
    error: err ? String(err) : null,
    failures: summary.run.failures.map(f => (f.source && f.source.name) + ': ' + (f.error && f.error.message)),
    collectionVariables: variables,
    authorization: authorization
  }, null, 2));
  process.exitCode = err ? 1 : 0;
});
