import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// every run's assist-codegen line, in order
def lines = log.readLines().findAll { it.contains('assist-codegen: ') }.collect { it.replaceAll(/^.*?assist-codegen: /, '') }
assert lines.size() == 4 : "expected one line per run: ${lines}"
assert lines[0].startsWith('generated 1 requests of Versioned')
assert lines[1] == 'output is up to date'
assert lines[2].startsWith('generated 2 requests of Versioned') : "spec edit not noticed: ${lines}"
assert lines[3].startsWith('generated 2 requests of Versioned') : "option change not noticed: ${lines}"

def collection = new JsonSlurper().parse(new File(basedir, 'target/generated-resources/assist-codegen/versioned.postman_collection.json'))
assert collection.item.flatten().size() >= 1
true
