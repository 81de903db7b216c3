import groovy.json.JsonSlurper

def out = new File(basedir, 'target/generated-resources/assist-codegen')
def collection = new File(out, 'loome-assist-api.postman_collection.json')
assert collection.isFile() : "no collection in ${out}: ${out.list()}"
assert new File(out, 'loome-assist-api-au.postman_environment.json').isFile()
assert new File(out, 'loome-assist-api-us.postman_environment.json').isFile()
assert new File(out, '.assist-codegen-stamp').text.trim() ==~ /[0-9a-f]{64}/
// the reference page is written by default
assert new File(out, 'reference/index.html').text.contains('<title>Loome Assist API: API reference</title>')

def json = new JsonSlurper().parse(collection)
assert json.info.name == 'Loome Assist API'
assert json.item.size() > 1

def log = new File(basedir, 'build.log').text
assert log =~ /assist-codegen: generated \d+ requests of Loome Assist API/
// not added as a resource unless asked
assert !new File(basedir, 'target/classes').exists()
true
