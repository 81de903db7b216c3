import groovy.json.JsonSlurper

def out = new File(basedir, 'target/generated-resources/assist-codegen')
def collection = new File(out, 'loome-assist-api-project-reader.postman_collection.json')
assert collection.isFile() : "no Project Reader collection in ${out}: ${out.list()}"
assert !new File(out, 'loome-assist-api.postman_collection.json').exists()

def json = new JsonSlurper().parse(collection)
assert json.info.name == 'Loome Assist API (Project Reader)'
def requests = json.item.collectMany { it.item ?: [it] }
assert requests.size() == 7 : "a Project Reader may call 7 operations, got ${requests*.name}"
assert json.variable.find { it.key == 'projectId' }?.value == '42'
assert new File(out, 'ACCESS.md').text.contains('Project Reader')
true
