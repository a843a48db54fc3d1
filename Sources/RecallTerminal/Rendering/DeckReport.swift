import RecallCore

/// Text for the deck commands (`check`, `decks`, `show`), shared by the command line and the REPL.
public enum DeckReport {
  /// Diagnostics compiler-style, then a summary line.
  public static func check(_ catalog: DeckCatalog, style: TextStyle = .plain) -> String {
    var lines: [String] = []
    var errors = 0
    var warnings = 0
    var cards = 0
    for loaded in catalog.decks {
      for diagnostic in loaded.result.diagnostics {
        let label = diagnostic.severity == .error ? style.error("error:") : style.warning("warning:")
        lines.append(
          "\(Sanitizer.clean(diagnostic.file)):\(diagnostic.line):\(diagnostic.column): \(label) "
            + Sanitizer.clean(diagnostic.message))
        if diagnostic.severity == .error { errors += 1 } else { warnings += 1 }
      }
      cards += loaded.result.deck?.notes.reduce(0) { $0 + $1.cardCount } ?? 0
    }
    let deckWord = catalog.decks.count == 1 ? "deck" : "decks"
    let summary =
      "checked \(catalog.decks.count) \(deckWord), \(cards) cards: "
      + "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    lines.append(errors > 0 ? style.error(summary) : style.success(summary))
    return lines.joined(separator: "\n") + "\n"
  }

  /// A table of decks: name, title, card counts by kind, topics; hints name `check` as it is
  /// typed on `surface`. When the table is wider than the style's columns, each deck gets a few
  /// lines of its own instead, wrapped at words.
  public static func list(
    _ catalog: DeckCatalog, style: TextStyle = .plain, surface: CommandSurface = .commandLine
  ) -> String {
    guard !catalog.decks.isEmpty else { return "no decks found\n" }
    var rows: [[String]] = [["deck", "title", "cards", "Q/A", "cloze", "list", "choice", "topics"]]
    var blocks: [String] = []
    for loaded in catalog.decks {
      guard let deck = loaded.result.deck else {
        let unreadable = "(unreadable: \(surface.run("check")))"
        rows.append([loaded.name, unreadable, "0", "", "", "", "", ""])
        blocks.append(wrapped("\(loaded.name)  \(unreadable)", style, indent: "  "))
        continue
      }
      let cards = deck.cards
      let count = { (kind: CardKind) in String(cards.filter { $0.kind == kind }.count) }
      let topics = deck.topics
      let topicText = topics.isEmpty ? "-" : "\(topics.count): " + topics.joined(separator: ", ")
      rows.append([
        deck.name, deck.title, String(cards.count), count(.qa), count(.cloze), count(.list), count(.mcq), topicText,
      ])
      let kinds = "\(count(.qa)) Q/A, \(count(.cloze)) cloze, \(count(.list)) list, \(count(.mcq)) choice"
      var block = [
        wrapped(style.bold(Sanitizer.clean(deck.name)) + "  " + Sanitizer.clean(deck.title), style, indent: "  "),
        wrapped("  \(cards.count) cards: \(kinds)", style, indent: "    "),
      ]
      if !topics.isEmpty {
        block.append(
          wrapped(
            "  topics (\(topics.count)): " + Sanitizer.clean(topics.joined(separator: ", ")), style, indent: "    "))
      }
      blocks.append(block.joined(separator: "\n"))
    }
    var output = Table.render(rows.map { $0.map { Sanitizer.clean($0) } }, header: true, style: style)
    if let columns = style.columns,
      output.split(separator: "\n").contains(where: { Table.displayWidth(String($0)) > columns })
    {
      output = blocks.joined(separator: "\n") + "\n"
    }
    let faulty = catalog.decks.filter { $0.result.diagnostics.contains { $0.severity == .error } }.map(\.name)
    if !faulty.isEmpty {
      let decks = faulty.count == 1 ? "1 deck" : "\(faulty.count) decks"
      let warning =
        "errors in \(decks) (\(Sanitizer.clean(faulty.joined(separator: ", ")))): "
        + "their faulty cards are left out of study; \(surface.run("check")) to see the errors"
      output += TextWrap.lines(warning, width: style.columns).map(style.warning).joined(separator: "\n") + "\n"
    }
    return output
  }

  /// `text` wrapped to the style's columns at words, later lines starting with `indent`.
  private static func wrapped(_ text: String, _ style: TextStyle, indent: String) -> String {
    TextWrap.wrapped(text, width: style.columns, indent: indent)
  }

  /// The cards of a deck, numbered, with their answers; only `topic` when given.
  public static func show(_ deck: Deck, topic: String?, style: TextStyle = .plain) -> String {
    var output =
      TextWrap.lines(Sanitizer.clean(deck.title), width: style.columns).map(style.bold).joined(separator: "\n") + "\n"
    var currentTopic: String?
    var number = 0
    for card in deck.cards where topic == nil || card.topic?.lowercased() == topic?.lowercased() {
      if card.topic != currentTopic, let cardTopic = card.topic {
        let heading = TextWrap.lines("## " + Sanitizer.clean(cardTopic), width: style.columns, indent: "   ")
        output += "\n" + heading.map(style.heading).joined(separator: "\n") + "\n"
        currentTopic = cardTopic
      }
      number += 1
      // Each line wraps at words to the style's width, its continuation under its text.
      let line = { (text: String, indent: String, paint: (String) -> String) in
        output += TextWrap.lines(text, width: style.columns, indent: indent).map(paint).joined(separator: "\n") + "\n"
      }
      let head = "\(number). [\(card.kind.displayName)] "
      output += "\n"
      line(head + Sanitizer.clean(card.prompt), String(repeating: " ", count: head.count), { $0 })
      if card.kind == .mcq {
        for option in card.options {
          let mark = option == card.answer.display ? "x" : " "
          line("   [\(mark)] \(Sanitizer.clean(option))", "       ", { $0 })
        }
      } else if case .items(let items, let ordered) = card.answer {
        for (index, item) in items.enumerated() {
          let marker = ordered ? "\(index + 1)." : "-"
          line("   \(marker) \(Sanitizer.clean(item))", String(repeating: " ", count: 4 + marker.count), { $0 })
        }
      } else {
        line("   -> " + Sanitizer.clean(card.answer.display), "      ") {
          let spaces = $0.prefix { $0 == " " }
          return spaces + style.answer(String($0.dropFirst(spaces.count)))
        }
      }
      if !card.alternatives.isEmpty {
        line("   also: " + Sanitizer.clean(card.alternatives.joined(separator: "; ")), "         ", { $0 })
      }
      line("   id: \(Sanitizer.clean(card.id.rawValue))", "       ", style.dim)
    }
    if number == 0 {
      output += "\nno cards" + (topic.map { " under the topic \"\(Sanitizer.clean($0))\"" } ?? "") + "\n"
    }
    return output
  }
}
