import Testing

@testable import RecallStore

@Suite struct HTMLTextTests {
  @Test func lineBreaksFromBreaksBlocksAndLists() {
    #expect(HTMLText.plainText("one<br>two<br/>three") == "one\ntwo\nthree")
    #expect(HTMLText.plainText("<div>first</div><div>second</div>") == "first\nsecond")
    #expect(HTMLText.plainText("<p>a</p><p>b</p>") == "a\nb")
    #expect(HTMLText.plainText("items:<ul><li>uno</li><li>dos</li></ul>") == "items:\nuno\ndos")
  }

  @Test func entitiesAreDecodedByTheParser() {
    #expect(HTMLText.plainText("caf&eacute; &amp; t&#233; &#x41;&hellip; &lt;b&gt;") == "café & té A… <b>")
    #expect(HTMLText.plainText("a&nbsp;b") == "a b")
  }

  @Test func tagsGoAndWhiteSpaceCollapses() {
    #expect(HTMLText.plainText("<b>bold</b>   and\n<i>italic</i>") == "bold and italic")
    #expect(HTMLText.plainText("<span style=\"color:red\">x</span><script>alert(1)</script>") == "x")
  }

  @Test func mediaBecomesVisiblePlaceholders() {
    #expect(HTMLText.plainText("dog <img src=\"perro.jpg\">") == "dog [image: perro.jpg]")
    #expect(HTMLText.plainText("el perro [sound:perro.mp3]") == "el perro [sound: perro.mp3]")
  }

  @Test func controlCharactersAndEscapeSequencesAreRemoved() {
    let field = "the \u{1B}[31mred\u{1B}[0m wine\u{07} \u{1B}]0;title\u{07}end"
    #expect(HTMLText.hasControlCharacters(field))
    #expect(HTMLText.plainText(field) == "the red wine end")
    #expect(HTMLText.plainText("<b>\u{1B}[1mx</b>") == "x")
    #expect(!HTMLText.hasControlCharacters("plain\ttext\nline"))
  }

  @Test func tagSoupDoesNotLoseText() {
    #expect(HTMLText.plainText("<div>open <b>never closed") == "open never closed")
    #expect(HTMLText.plainText("a < b and c > d") == "a < b and c > d")
  }
}
