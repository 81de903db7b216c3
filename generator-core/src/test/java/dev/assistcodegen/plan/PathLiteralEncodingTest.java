package dev.assistcodegen.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Literal parts of a path template must reach the URL as valid path characters. */
class PathLiteralEncodingTest {
  @Test
  void pathCharactersStayAndOthersAreEncoded() {
    assertEquals("/repos/a-b_c.d~e/!$&'()*+,;=:@", PercentEncoding.pathLiteral("/repos/a-b_c.d~e/!$&'()*+,;=:@"));
    assertEquals("/items/a%20b/%22x%22%3Cy%3E%60%7B%7D%7C%5C%5E", PercentEncoding.pathLiteral("/items/a b/\"x\"<y>`{}|\\^"));
    assertEquals("/caf%C3%A9/%F0%9F%98%80", PercentEncoding.pathLiteral("/café/😀"));
  }

  @Test
  void anEncodedTripleIsKeptAndALonePercentIsEncoded() {
    assertEquals("/a%2Fb/%00/%25/%25zz/%252", PercentEncoding.pathLiteral("/a%2Fb/%00/%/%zz/%2"));
  }
}
