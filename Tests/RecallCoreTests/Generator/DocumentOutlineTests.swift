import Testing

@testable import RecallCore

@Suite struct DocumentOutlineTests {
  private let document = """
    Treaty of Testing

    The treaty was signed in 1990. It entered into force
    in 1992 after ratification.

    Main provisions

    The parties agreed on three measures. Such measures include:

      • Regular inspections
      • Data exchange
      • Joint patrols.

    Members must report every year:
    1. Catches
    2. Fleet size
    """

  @Test func readsTitleHeadingsAndSentencesWithTheirLines() {
    let outline = DocumentOutline(text: document)
    #expect(outline.title == "Treaty of Testing")
    #expect(outline.headings == ["Main provisions"])
    let sentences = outline.sentences
    #expect(
      sentences.map(\.text) == [
        "The treaty was signed in 1990.", "It entered into force in 1992 after ratification.",
        "The parties agreed on three measures.",
      ])
    #expect(sentences.map(\.line) == [3, 3, 8])
    #expect(sentences[0].topic == "Treaty of Testing")
    #expect(sentences[2].topic == "Main provisions")
    #expect(sentences[1].previous == "The treaty was signed in 1990.")
  }

  @Test func readsListsWithLeadInsAndContext() {
    let lists = DocumentOutline(text: document).units.compactMap { unit -> DocumentOutline.List? in
      if case .list(let list) = unit { return list }
      return nil
    }
    #expect(lists.count == 2)
    #expect(lists[0].items == ["Regular inspections", "Data exchange", "Joint patrols"])
    #expect(lists[0].leadIn == "Such measures include:")
    #expect(lists[0].context == "The parties agreed on three measures.")
    #expect(lists[0].ordered == false)
    #expect(lists[0].line == 8)
    #expect(lists[1].items == ["Catches", "Fleet size"])
    #expect(lists[1].ordered)
    #expect(lists[1].leadIn == "Members must report every year:")
  }

  @Test func markdownHeadingsAndNoTitle() {
    let outline = DocumentOutline(text: "The first sentence is long enough to be prose.\n\n## Later\n\nMore text here.")
    #expect(outline.title == nil)
    #expect(outline.headings == ["Later"])
    #expect(outline.sentences.count == 2)
  }

  @Test func windowsLineEndings() {
    let outline = DocumentOutline(text: "Title\r\n\r\nOne sentence here.\r\nAnother one there.")
    #expect(outline.title == "Title")
    #expect(outline.sentences.map(\.line) == [3, 4])
  }
}

@Suite struct FactSheetFieldTests {
  @Test func fieldsStandAloneAndTitledLinesStayHeadings() {
    let outline = DocumentOutline(
      text:
        "Treaty of Calder\n\nSigned: 4 August 1961\nLocation: Calder, Ostland\n\nFact Sheet: Rural Water Safety\n\nIt grew."
    )
    #expect(outline.sentences.map(\.text).prefix(2) == ["Signed: 4 August 1961", "Location: Calder, Ostland"])
    #expect(outline.headings == ["Fact Sheet: Rural Water Safety"])
  }

  @Test func citationMarksAreDropped() {
    let outline = DocumentOutline(text: "The sea was closed.[3] It reopened in 1975.[citation needed] Done [sic].")
    #expect(outline.sentences.map(\.text) == ["The sea was closed.", "It reopened in 1975.", "Done [sic]."])
  }
}

@Suite struct BackMatterTests {
  @Test func wikiHeadingsCountAndReferenceSectionsAreSkipped() {
    let outline = DocumentOutline(
      text:
        "Pact\n\n== History ==\n\nThe pact was signed in 1411.\n\n== References ==\n\n1. Smith, J. (1990). The Pact.\n\nLegacy\n\nIt lasted long."
    )
    #expect(outline.headings == ["History", "References", "Legacy"])
    #expect(outline.sentences.map(\.text) == ["The pact was signed in 1411.", "It lasted long."])
    #expect(outline.units.count == 2)
  }
}
