// help text wraps lines: compare with whitespace collapsed
def log = new File(basedir, 'build.log').text.replaceAll(/\s+/, ' ')
assert log.contains('assist-codegen:generate')
// every parameter documented with its user property and default
['assist.spec', 'assist.outputDirectory', 'assist.folders', 'assist.rolesFile', 'assist.roles',
 'assist.scopes', 'assist.projectId', 'assist.languages', 'assist.templateDirectory', 'assist.embedSnippets',
 'assist.check', 'assist.skip', 'assist.addResource'].each {
  assert log.contains("User property: ${it}") : "help lacks ${it}"
}
assert log.contains('outputDirectory (Default: ${project.build.directory}/generated-resources/assist-codegen)')
assert log.contains('folders (Default: tags)')
assert log.contains('skip (Default: false)')
assert log.contains('addResource (Default: false)')
assert log.contains('check (Default: false)')
assert log.contains('languages (Default: all)')
assert log.contains('embedded Loome Assist spec')
assert new File(basedir, 'target/by-prefix/loome-assist-api.postman_collection.json').isFile()
true
