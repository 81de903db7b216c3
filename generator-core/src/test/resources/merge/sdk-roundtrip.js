// Reads a collection with Postman's collection SDK and writes it back, as Postman's app and
// Newman do on import and export: node sdk-roundtrip.js SDK_DIR IN OUT
const fs = require('fs');
const { Collection } = require(process.argv[2]);
const collection = new Collection(JSON.parse(fs.readFileSync(process.argv[3], 'utf8')));
fs.writeFileSync(process.argv[4], JSON.stringify(collection.toJSON(), null, 2));
