// Reads a collection with Postman's collection SDK (what the app and Newman load collections with)
// and lists every saved example as the app shows it: node sdk-examples.js SDK_DIR COLLECTION
// One JSON line per example: the request it belongs to, its name, status, headers, body and the
// method and URL of its original request.
const fs = require('fs');
const { Collection } = require(process.argv[2]);
const collection = new Collection(JSON.parse(fs.readFileSync(process.argv[3], 'utf8')));
collection.forEachItem(function (item) {
  item.responses.each(function (response) {
    const original = response.originalRequest;
    console.log(JSON.stringify({
      request: item.name,
      requestMethod: item.request.method,
      requestUrl: item.request.url.toString(),
      name: response.name,
      code: response.code,
      status: response.status,
      headers: response.headers.toObject(),
      body: response.text(),
      method: original ? original.method : null,
      url: original ? original.url.toString() : null
    }));
  });
});
