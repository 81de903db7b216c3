// openapi-to-postmanv2's v1 API `convert` on a spec file, writing the collection as its CLI does
// (compact JSON). bench/run row 5 uses it: the CLI's default convertV2 does not finish on Microsoft Graph.
// Usage: node bench/convert-v1.js SPEC OUT
const fs = require('fs');
const path = require('path');
const converter = require(path.join(__dirname, '..', 'tools', 'node_modules', 'openapi-to-postmanv2'));
const [spec, out] = process.argv.slice(2);
converter.convert({ type: 'string', data: fs.readFileSync(spec, 'utf8') }, {}, (err, result) => {
  if (err || !result.result) {
    console.error(err ? err.message : result.reason);
    process.exit(1);
  }
  fs.writeFileSync(out, JSON.stringify(result.output[0].data));
});
