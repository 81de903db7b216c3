import groovy.json.JsonSlurper

def out = new File(basedir, 'target/postman')
def collection = new File(out, 'tiny-pets.postman_collection.json')
assert collection.isFile() : "no collection in ${out}: ${out.list()}"
assert new File(out, 'tiny-pets.postman_environment.json').isFile()
assert !new File(basedir, 'target/generated-resources/assist-codegen').exists() : 'default output used although outputDirectory is set'

def json = new JsonSlurper().parse(collection)
assert json.info.name == 'Tiny Pets'
// assist.folders=paths: folders are first path segments, not tags
// (tags are animals/people)
assert json.item*.name.sort() == ['owners', 'pets'] : "folders: ${json.item*.name}"
assert json.item*.item.flatten().size() == 2

def log = new File(basedir, 'build.log').text
assert log.contains('assist-codegen: generated 2 requests of Tiny Pets')
true
