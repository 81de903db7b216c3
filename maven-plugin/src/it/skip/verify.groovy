def log = new File(basedir, 'build.log').text
assert log.contains('assist-codegen: skipped (assist.skip=true)')
assert !log.contains('assist-codegen: generated')
assert !new File(basedir, 'target/generated-resources').exists()
true
