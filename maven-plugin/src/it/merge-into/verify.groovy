import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def existing = new File(basedir, 'src/postman/pets.postman_collection.json')
def collection = new File(basedir, 'target/generated-resources/assist-codegen/merge-pets.postman_collection.json')

// run 1: the summary in the Maven log; the request of the removed operation moved with the user's test
assert log.contains("Merged with src/postman/pets.postman_collection.json: 0 added, 0 updated, 2 unchanged, 1 removed") : log
assert log.contains('unchanged  GET /pets "List pets": kept your test script')
assert log.contains('removed    DELETE /pets/:petId "Delete a pet": moved to "Removed from the spec" with your test script')
assert log.contains('yours      request "My smoke test" (GET /health)')
// run 2: assist.prune is part of the up-to-date check, so the goal ran again and deleted it
assert log.contains('0 added, 0 updated, 2 unchanged, 1 pruned;')
assert log.contains('pruned     DELETE /pets/:petId "Delete a pet": deleted, with your test script')
assert (log =~ /assist-codegen: generated 2 requests of Merge Pets/).count == 2

def json = new JsonSlurper().parse(collection)
// the spec has no tags: its requests sit in the folder of their first path segment, the user's request stays
assert json.item*.name.sort() == ['My smoke test', 'Pets'] : "items: ${json.item*.name}"
def pets = json.item.find { it.name == 'Pets' }
assert pets.item*.name == ['List pets', 'Show a pet'] : "requests: ${pets.item*.name}"
assert pets.item[0].event*.script*.exec.flatten().contains("pm.test('pets listed', () => pm.response.to.have.status(200));")

// the collection merged into is only read
def before = new JsonSlurper().parse(existing)
assert before.item*.name == ['List pets', 'Show a pet', 'Delete a pet', 'My smoke test']
assert !existing.text.contains('Removed from the spec')
true
