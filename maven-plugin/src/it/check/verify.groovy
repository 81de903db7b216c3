def log = new File(basedir, 'build.log').text
// the schema check is off by default (GeneratorConfig.DEFAULT_CHECK_COLLECTION) and assist.check turns it on:
// two generations (the option is part of the up-to-date check), only the second one checked
assert (log =~ /assist-codegen: generated \d+ requests of Loome Assist API/).count == 2
def checked = (log =~ /checked the collection against the Postman v2\.1 schema: 0 problems/).count
assert checked == 1 : "expected one checked run, found ${checked}"
assert log.indexOf('checked the collection') > log.indexOf('assist-codegen: generated')
// the debug switch works: the first run logged its debug lines too
assert log.indexOf('loaded ') < log.indexOf('assist-codegen: generated')
true
