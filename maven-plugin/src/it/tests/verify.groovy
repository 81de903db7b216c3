import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// the option is part of the up-to-date check: two generations
assert (log =~ /assist-codegen: generated \d+ requests of Loome Assist API/).count == 2
// assist.tests=contract wrote the schemas once, in the collection's test, and each request's data line
def dir = new File(basedir, 'target/generated-resources/assist-codegen')
def file = dir.listFiles().find { it.name.endsWith('.postman_collection.json') }
def collection = new JsonSlurper().parse(file)
def tests = collection.event.find { it.listen == 'test' }.script.exec
assert tests.count { it.startsWith('const SCHEMAS = ') } == 1
assert collection.variable.any { it.key == 'maxResponseTimeMs' }
// a value that is not a level: one line naming the property and the values
assert log.contains("assist.tests: expected one of none, status, contract, got 'schema'")
true
