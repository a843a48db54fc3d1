import Foundation

/// Anki's cloze markup, `{{c1::answer::hint}}`, read as a tree so that gaps may nest.
///
/// One Anki card exists per cloze number; every gap with that number is hidden on it, and the
/// other gaps are shown filled in (a gap inside a hidden gap is part of its answer).
public struct AnkiCloze: Hashable, Sendable {
  /// A run of the text: plain text, or a gap with its number, content and optional hint.
  public indirect enum Node: Hashable, Sendable {
    /// Text shown as is.
    case text(String)
    /// A gap: its cloze number, what it hides and its hint.
    case gap(number: Int, content: [Node], hint: String?)
  }

  /// The runs of the text in order.
  public var nodes: [Node]

  /// Parses `text`; markup that never closes is kept as text.
  public init(parsing text: String) {
    var stack: [(number: Int, nodes: [Node], opening: String)] = []
    var top: [Node] = []
    var buffer = ""
    var rest = Substring(text)
    func flush() {
      if !buffer.isEmpty { top.append(.text(buffer)) }
      buffer = ""
    }
    while !rest.isEmpty {
      if rest.hasPrefix("{{c"), let (number, length) = Self.opening(rest) {
        flush()
        stack.append((number, top, String(rest.prefix(length))))
        top = []
        rest = rest.dropFirst(length)
      } else if rest.hasPrefix("}}"), let open = stack.popLast() {
        flush()
        let (content, hint) = Self.splitHint(top)
        top = open.nodes
        top.append(.gap(number: open.number, content: content, hint: hint))
        rest = rest.dropFirst(2)
      } else {
        buffer.append(rest.removeFirst())
      }
    }
    flush()
    // Unclosed gaps: their opening markup becomes text again.
    while let open = stack.popLast() {
      top = open.nodes + [.text(open.opening)] + top
    }
    nodes = Self.merged(top)
  }

  /// The cloze numbers used, sorted.
  public var numbers: [Int] {
    var found = Set<Int>()
    func visit(_ nodes: [Node]) {
      for node in nodes {
        if case .gap(let number, let content, _) = node {
          found.insert(number)
          visit(content)
        }
      }
    }
    visit(nodes)
    return found.sorted()
  }

  /// The text of the card for cloze `number`: runs of shown text and the hidden answers with
  /// their hints, in order.
  public func card(number: Int) -> [ClozeText.Segment] {
    var segments: [ClozeText.Segment] = []
    func appendText(_ text: String) {
      if case .text(let previous)? = segments.last {
        segments[segments.count - 1] = .text(previous + text)
      } else if !text.isEmpty {
        segments.append(.text(text))
      }
    }
    func visit(_ nodes: [Node]) {
      for node in nodes {
        switch node {
        case .text(let text): appendText(text)
        case .gap(let gapNumber, let content, let hint):
          if gapNumber == number {
            segments.append(.gap(answer: Self.revealed(content), hint: hint))
          } else {
            visit(content)
          }
        }
      }
    }
    visit(nodes)
    return segments
  }

  /// The whole text with every gap filled in.
  public var fullText: String { Self.revealed(nodes) }

  private static func revealed(_ nodes: [Node]) -> String {
    nodes.map { node in
      switch node {
      case .text(let text): text
      case .gap(_, let content, _): revealed(content)
      }
    }.joined()
  }

  /// `{{cN::` at the start of `text`: the number and the markup's length.
  private static func opening(_ text: Substring) -> (Int, Int)? {
    let digits = text.dropFirst(3).prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, digits.count <= 4, let number = Int(digits), number > 0 else { return nil }
    let after = text.dropFirst(3 + digits.count)
    guard after.hasPrefix("::") else { return nil }
    return (number, 3 + digits.count + 2)
  }

  /// The hint is what follows the first `::` in the gap's own text (not inside a nested gap).
  private static func splitHint(_ nodes: [Node]) -> ([Node], String?) {
    for (index, node) in nodes.enumerated() {
      guard case .text(let text) = node, let range = text.range(of: "::") else { continue }
      var content = Array(nodes[..<index])
      let before = String(text[..<range.lowerBound])
      if !before.isEmpty { content.append(.text(before)) }
      let hintParts = [String(text[range.upperBound...])] + nodes[(index + 1)...].map { revealed([$0]) }
      let hint = hintParts.joined().trimmingCharacters(in: .whitespaces)
      return (content, hint.isEmpty ? nil : hint)
    }
    return (nodes, nil)
  }

  private static func merged(_ nodes: [Node]) -> [Node] {
    var result: [Node] = []
    for node in nodes {
      if case .text(let text) = node, case .text(let previous)? = result.last {
        result[result.count - 1] = .text(previous + text)
      } else {
        result.append(node)
      }
    }
    return result
  }
}
