import Foundation
import RecallCore

/// Temporary: the deck as the scorer's JSON, until `recall export` lands.
enum DeckJSONDump {
  static func json(_ deck: Deck) -> String {
    var objects: [[String: Any]] = []
    for card in deck.cards {
      var object: [String: Any] = [
        "id": card.id.rawValue, "type": card.kind.rawValue, "prompt": card.prompt,
        "topic": card.topic ?? "", "source": card.source ?? "",
      ]
      switch card.answer {
      case .text(let text): object["answer"] = text
      case .items(let items, _): object["answer"] = items
      }
      if card.kind == .mcq { object["options"] = card.options }
      objects.append(object)
    }
    let data = (try? JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys])) ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}

/// Temporary: a readable dump of a deck, until `DeckPrinter` lands.
enum DeckDebugPrinter {
  static func print(_ deck: Deck) -> String {
    var out = "# \(deck.title)\n"
    for note in deck.notes {
      out += "\n[\(note.topic ?? "-")] id: \(note.explicitID ?? "") (\(note.source ?? ""))\n"
      for card in note.cards {
        out += "\(card.kind.rawValue): \(card.prompt)\n  => \(card.answer.display)"
        if !card.options.isEmpty { out += "  options: \(card.options.joined(separator: " | "))" }
        out += "\n"
      }
    }
    return out
  }
}
