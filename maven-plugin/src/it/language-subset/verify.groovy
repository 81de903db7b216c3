def out = new File(basedir, 'target/generated-resources/assist-codegen')
def snippets = new File(out, 'snippets')
assert snippets.isDirectory() : "no snippets in ${out}: ${out.list()}"
assert snippets.list().sort() == ['curl', 'python'] : "languages written: ${snippets.list()}"
def curl = []
new File(snippets, 'curl').eachFileRecurse { if (it.name.endsWith('.sh')) curl << it }
assert curl.size() == 52 : "one curl snippet per Loome operation, got ${curl.size()}"
assert new File(out, 'loome-assist-api.postman_collection.json').isFile()
true
