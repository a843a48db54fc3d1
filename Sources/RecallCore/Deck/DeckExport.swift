/// Exports the cards of a deck for other tools.
public enum DeckExport {
  /// The cards in deck order as a JSON array, one object a card, one card a line:
  /// `id`, `type` (`qa`, `cloze`, `list`, `mcq`), `prompt` (a cloze gap shown as `____`),
  /// `answer` (a string, or an array of items for a list), `options` (mcq), `alternatives`,
  /// `topic`, `tags`, `source`.
  public static func json(_ deck: Deck, topic: String? = nil) -> String {
    let cards = deck.cards.filter { topic == nil || $0.topic == topic }
    let lines = cards.map { card -> String in
      var pairs: [(String, String)] = [
        ("id", JSONText.string(card.id.rawValue)),
        ("type", JSONText.string(card.kind.rawValue)),
        ("prompt", JSONText.string(card.prompt)),
      ]
      switch card.answer {
      case .text(let text): pairs.append(("answer", JSONText.string(text)))
      case .items(let items, let ordered):
        pairs.append(("answer", JSONText.array(items)))
        pairs.append(("ordered", ordered ? "true" : "false"))
      }
      if card.kind == .mcq { pairs.append(("options", JSONText.array(card.options))) }
      if !card.alternatives.isEmpty { pairs.append(("alternatives", JSONText.array(card.alternatives))) }
      if let hint = card.hint { pairs.append(("hint", JSONText.string(hint))) }
      pairs.append(("topic", card.topic.map(JSONText.string) ?? "null"))
      if !card.tags.isEmpty { pairs.append(("tags", JSONText.array(card.tags))) }
      pairs.append(("source", card.source.map(JSONText.string) ?? "null"))
      return "  " + JSONText.object(pairs)
    }
    return lines.isEmpty ? "[]\n" : "[\n" + lines.joined(separator: ",\n") + "\n]\n"
  }
}
