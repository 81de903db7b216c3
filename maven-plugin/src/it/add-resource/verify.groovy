def classes = new File(basedir, 'target/classes')
assert new File(classes, 'loome-assist-api.postman_collection.json').isFile() : "not copied as a resource: ${classes.list()}"
assert new File(classes, 'loome-assist-api-au.postman_environment.json').isFile()
// bookkeeping files stay out of the jar
assert !new File(classes, '.assist-codegen-stamp').exists()
assert !new File(classes, '.assist-codegen-files').exists()
true
