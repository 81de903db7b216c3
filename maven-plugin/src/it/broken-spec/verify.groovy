def log = new File(basedir, 'build.log').text
// the one line the CLI prints after "error: ": file, line, what is wrong
def message = "src/openapi/broken.yaml:14: unresolved \$ref '#/components/schemas/Missing' (used at get /things response 200)"
assert log.contains('on project broken-spec: ' + message + ' -> [Help 1]') : 'message not found in build.log'
assert !log.contains('assist-codegen: generated')
assert !new File(basedir, 'target/generated-resources/assist-codegen').exists() : 'output written for a broken spec'
true
