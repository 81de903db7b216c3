// <reference>none</reference>: the collection and snippets, no reference page
def out = new File(basedir, 'target/generated-resources/assist-codegen')
assert new File(out, 'loome-assist-api.postman_collection.json').isFile() : "no collection in ${out}: ${out.list()}"
assert new File(out, 'snippets/curl').isDirectory()
assert !new File(out, 'reference').exists() : "a reference page although reference=none: ${out.list()}"
true
