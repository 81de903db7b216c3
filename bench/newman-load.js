// Loads a collection in Newman and runs its smallest folder against a closed port: shows that
// Newman can read the whole file (a collection too large for node fails here) without sending
// thousands of requests. bench/run row 5 uses it. Usage: node bench/newman-load.js COLLECTION
const fs = require('fs');
const path = require('path');
const newman = require(path.join(__dirname, '..', 'tools', 'node_modules', 'newman'));
const file = process.argv[2];
const collection = JSON.parse(fs.readFileSync(file, 'utf8'));
let requests = 0;
function count(items) {
  for (const item of items) {
    if (item.item) {
      count(item.item);
    } else {
      requests++;
    }
  }
}
count(collection.item);
const folders = collection.item.filter((item) => item.item);
folders.sort((a, b) => a.item.length - b.item.length);
const folder = folders.length > 0 ? folders[0].name : undefined;
newman.run({
  collection: collection,
  folder: folder,
  envVar: [{ key: 'baseUrl', value: 'http://127.0.0.1:9' }],
  timeoutRequest: 2000,
  reporters: []
}, function (err, summary) {
  if (err) {
    console.error('newman could not run ' + file + ': ' + err.message);
    process.exit(1);
  }
  process.stdout.write('newman loaded ' + requests + ' requests and ran folder "' + folder + '": '
      + summary.run.stats.requests.total + ' sent\n');
});
