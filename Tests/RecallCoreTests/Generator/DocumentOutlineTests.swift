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

  @Test func numberedTermsOfOneShortSentenceEachAreAStudyList() throws {
    let text = """
      Treaty

      Its main terms were:

        1. The northern state returned the fortress and all land west of the river to its neighbour.
        2. The income from the salt mines was divided equally between the two states for 20 years.

      Its principles are:

        1. The exploration and use of outer space shall be carried out for the benefit of all countries, whatever their degree of development.
        2. Outer space is not subject to national appropriation by claim of sovereignty, by means of use or occupation, or by any other means.

      Important dates:

        1. Applications open on 1 November 2024.
        2. Late applications are accepted until 28 February 2025 only if you were in hospital during that period.
      """
    let lists = DocumentOutline(text: text).units.compactMap { unit -> DocumentOutline.List? in
      if case .list(let list) = unit { return list }
      return nil
    }
    try #require(lists.count == 3)
    #expect(lists[0].isStudyList)
    #expect(lists[0].itemsReadAsSentences == false)
    #expect(!lists[1].isStudyList)
    #expect(lists[1].itemsReadAsSentences)
    #expect(lists[2].isStudyList && lists[2].itemsReadAsSentences)
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
