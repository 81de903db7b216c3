package dev.assistcodegen.snippets;

/**
 * A spec whose names, descriptions, examples, parameter names, header values and enum
 * values are full of quoting and interpolation syntax of every snippet language. Header
 * values stay printable ASCII (HTTP clients refuse others); all else carries non-ASCII too.
 */
public final class HostileSpec {
  private HostileSpec() {}

  /** Used in text that travels in URLs and bodies: every language's string trap at once. */
  public static final String NASTY = "q'\\\"`$(id)${HOME}#{x}<?php ?>%s%00 \\u000a */ é€😀\u2028";

  public static final String YAML = """
      openapi: 3.0.3
      info:
        title: "Hostile ' \\" ` $(touch /tmp/pwned) ${HOME} #{1} <?php ?> */ é"
        version: "1"
        description: "line one\\nline two ''' \\"\\"\\" `rm -rf` $(id)"
      servers:
        - url: https://api.example.com/v1
      components:
        securitySchemes:
          cc:
            type: oauth2
            flows:
              clientCredentials:
                tokenUrl: https://id.example.com/connect/token
                scopes:
                  "s'$(id)": "scope with quotes"
      security:
        - cc: ["s'$(id)"]
      paths:
        /items/{id}:
          get:
            operationId: "get'item\\"$(id)"
            summary: "Get ' \\" ` $(id) ${x} #{y} <?php ?> \\\\u000a */ \\n second line é"
            description: "*/ ?> \\u2028 end"
            parameters:
              - name: id
                in: path
                required: true
                schema: {type: string}
                example: "a'b\\"c$(id)é/ü"
              - name: "q'$(id)\\"`"
                in: query
                required: true
                schema: {type: string}
                example: "%s %00 ${HOME} #{x} <?php & = + ; é€😀"
              - name: mode
                in: query
                required: true
                schema:
                  type: string
                  enum: ["`$(id)'\\"#{x}"]
              - name: X-Hostile-$'`#!%|~
                in: header
                required: true
                schema: {type: string}
                example: "v'\\"`$(id) ${HOME} #{x} <?php ?> %s \\\\ end"
            responses:
              "200":
                description: ok
                content:
                  application/json:
                    schema: {type: object}
        /items:
          post:
            operationId: createItem
            summary: "Create <?php echo 1; ?> item"
            requestBody:
              required: true
              content:
                application/json:
                  schema:
                    type: object
                  example:
                    name: "q'\\\\\\"`$(id)${HOME}#{x}<?php ?>%s é€😀\\u2028\\n\\t\\u0001"
                    "key'$(id)": ["`", "${a}", "#{b}"]
            responses:
              "201":
                description: created
                content:
                  application/json:
                    schema: {type: object}
          delete:
            operationId: deleteItems
            summary: "Delete $(rm -rf ~) items"
            parameters:
              - name: "filter[$(id)]"
                in: query
                required: true
                schema: {type: string}
                example: "é\\u2028`"
            responses:
              "204":
                description: deleted
      """;
}
