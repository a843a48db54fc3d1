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
  /// typed on `surface`.
  public static func list(
    _ catalog: DeckCatalog, style: TextStyle = .plain, surface: CommandSurface = .commandLine
  ) -> String {
    guard !catalog.decks.isEmpty else { return "no decks found\n" }
    var rows: [[String]] = [["deck", "title", "cards", "Q/A", "cloze", "list", "choice", "topics"]]
    for loaded in catalog.decks {
      guard let deck = loaded.result.deck else {
        rows.append([loaded.name, "(unreadable: \(surface.run("check")))", "0", "", "", "", "", ""])
        continue
      }
      let cards = deck.cards
      let count = { (kind: CardKind) in String(cards.filter { $0.kind == kind }.count) }
      let topics = deck.topics
      let topicText = topics.isEmpty ? "-" : "\(topics.count): " + topics.joined(separator: ", ")
      rows.append([
        deck.name, deck.title, String(cards.count), count(.qa), count(.cloze), count(.list), count(.mcq), topicText,
      ])
    }
    var output = Table.render(rows.map { $0.map { Sanitizer.clean($0) } }, header: true, style: style)
    let faulty = catalog.decks.filter { $0.result.diagnostics.contains { $0.severity == .error } }.map(\.name)
    if !faulty.isEmpty {
      let decks = faulty.count == 1 ? "1 deck" : "\(faulty.count) decks"
      output +=
        style.warning(
          "errors in \(decks) (\(Sanitizer.clean(faulty.joined(separator: ", ")))): "
            + "their faulty cards are left out of study; \(surface.run("check")) to see the errors") + "\n"
    }
    return output
  }

  /// The cards of a deck, numbered, with their answers; only `topic` when given.
  public static func show(_ deck: Deck, topic: String?, style: TextStyle = .plain) -> String {
    var output = style.bold(Sanitizer.clean(deck.title)) + "\n"
    var currentTopic: String?
    var number = 0
    for card in deck.cards where topic == nil || card.topic?.lowercased() == topic?.lowercased() {
      if card.topic != currentTopic, let cardTopic = card.topic {
        output += "\n" + style.heading("## " + Sanitizer.clean(cardTopic)) + "\n"
        currentTopic = cardTopic
      }
      number += 1
      output += "\n\(number). [\(card.kind.displayName)] \(Sanitizer.clean(card.prompt))\n"
      if card.kind == .mcq {
        for option in card.options {
          let mark = option == card.answer.display ? "x" : " "
          output += "   [\(mark)] \(Sanitizer.clean(option))\n"
        }
      } else if case .items(let items, let ordered) = card.answer {
        for (index, item) in items.enumerated() {
          output += "   " + (ordered ? "\(index + 1)." : "-") + " \(Sanitizer.clean(item))\n"
        }
      } else {
        output += "   " + style.answer("-> " + Sanitizer.clean(card.answer.display)) + "\n"
      }
      if !card.alternatives.isEmpty {
        output += "   also: " + Sanitizer.clean(card.alternatives.joined(separator: "; ")) + "\n"
      }
      output += style.dim("   id: \(Sanitizer.clean(card.id.rawValue))") + "\n"
    }
    if number == 0 {
      output += "\nno cards" + (topic.map { " under the topic \"\(Sanitizer.clean($0))\"" } ?? "") + "\n"
    }
    return output
  }
}
