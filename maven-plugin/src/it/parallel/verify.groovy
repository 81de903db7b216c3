def log = new File(basedir, 'build.log').text
assert log.contains('thread count of 2') : 'the build did not run in parallel'
assert !log.contains('not marked as @threadSafe') && !log.contains('not thread-safe')
assert new File(basedir, 'module-a/target/generated-resources/assist-codegen/loome-assist-api.postman_collection.json').isFile()
assert new File(basedir, 'module-b/target/generated-resources/assist-codegen/module-b-pets.postman_collection.json').isFile()
// each module wrote only its own output
assert !new File(basedir, 'module-a/target/generated-resources/assist-codegen/module-b-pets.postman_collection.json').exists()
assert !new File(basedir, 'target/generated-resources').exists()
assert log =~ /assist-codegen: generated \d+ requests of Loome Assist API/
assert log.contains('assist-codegen: generated 2 requests of Module B Pets')
true
