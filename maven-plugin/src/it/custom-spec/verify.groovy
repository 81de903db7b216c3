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
assert json.item*.name.sort() == ['Owners', 'Pets'] : "folders: ${json.item*.name}"
assert json.item*.item.flatten().size() == 2

def log = new File(basedir, 'build.log').text
assert log.contains('assist-codegen: generated 2 requests of Tiny Pets')
// the size of what was written, by kind
def sizes = log =~ /assist-codegen: generated 2 requests of Tiny Pets into .*: (\d+) files, [\d.]+ (bytes|KB|MB): the collection [\d.]+ (bytes|KB), 1 environment [\d.]+ (bytes|KB), (\d+ reference pages? [\d.]+ (KB|MB), )?(\d+) snippets [\d.]+ (KB|MB)/
assert sizes.find() : "no sizes in the log: ${log}"
// every file written, in any folder (snippets/<language>/<folder>/, reference/), but the run's own list
def written = 0
out.eachFileRecurse(groovy.io.FileType.FILES) { if (!it.name.startsWith('.')) written++ }
assert sizes.group(1) as int == written
true
