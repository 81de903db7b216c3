module assistcodegen/snippets

go 1.19
