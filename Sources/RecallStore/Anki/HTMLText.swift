import CLibXML2
import Foundation

/// Anki field HTML as readable plain text, parsed by libxml2's HTML parser (which decodes every
/// named and numeric entity and copes with tag soup): `<br>`, `<div>`, `<p>`, list items and table
/// rows end lines, tags go, `<img>` and `[sound:...]` stay as visible placeholders with the file
/// name, and control characters are removed.
public enum HTMLText {
  /// The plain text of `html`; lines are separated by `\n`, blank lines and edge spaces dropped.
  public static func plainText(_ html: String) -> String {
    // Fields without markup or entities are already plain: skip the parser.
    // Escape sequences go first: the parser would drop their ESC and leave the rest as text.
    let html = withoutEscapeSequences(html)
    var text: String
    if html.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) {
      text = parse(html)
    } else {
      text = html
    }
    text = soundPlaceholders(text)
    return tidy(text)
  }

  /// Whether `text` has a control character (other than line feed and tab) or an escape sequence.
  public static func hasControlCharacters(_ text: String) -> Bool {
    text.unicodeScalars.contains(where: isControl)
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (value < 0x20 && value != 0x0A && value != 0x09) || (0x7F..<0xA0).contains(value)
  }

  private static func parse(_ html: String) -> String {
    let options = Int32(
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue)
    // One enclosing element, so that text after a tag at the top is not put in a paragraph of its own.
    let bytes = Array(("<div>" + html + "</div>").utf8)
    let document = bytes.withUnsafeBufferPointer { buffer in
      buffer.baseAddress.map { base in
        base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
          htmlReadMemory(pointer, Int32(buffer.count), nil, "UTF-8", options)
        }
      } ?? nil
    }
    guard let document else { return html }
    defer { xmlFreeDoc(document) }
    var output = ""
    var node = document.pointee.children
    while let current = node {
      walk(current, into: &output)
      node = current.pointee.next
    }
    return output
  }

  private static let blocks: Set<String> = [
    "div", "p", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
    "dt", "dd", "dl", "section", "article", "header", "footer", "hr",
  ]

  private static func walk(_ node: xmlNodePtr, into output: inout String) {
    switch node.pointee.type {
    case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
      if let content = node.pointee.content { output += collapse(String(cString: content)) }
    case XML_ELEMENT_NODE:
      let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
      switch name {
      case "script", "style", "head", "title": return
      case "br":
        output += "\n"
        return
      case "img":
        output += "[image: \(attribute(node, "src") ?? "?")]"
        return
      case "td", "th":
        if !output.hasSuffix("\n") && !output.isEmpty { output += " " }
      default: break
      }
      let block = blocks.contains(name)
      if block { output += "\n" }
      var child = node.pointee.children
      while let current = child {
        walk(current, into: &output)
        child = current.pointee.next
      }
      if block { output += "\n" }
    default:
      var child = node.pointee.children
      while let current = child {
        walk(current, into: &output)
        child = current.pointee.next
      }
    }
  }

  private static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
    guard let value = xmlGetProp(node, name) else { return nil }
    defer { recall_xml_free(value) }
    return String(cString: value)
  }

  /// Runs of white space (but no-break space) become one space, as a browser shows them.
  private static func collapse(_ text: String) -> String {
    var result = ""
    var space = false
    for scalar in text.unicodeScalars {
      if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" {
        space = true
      } else {
        if space { result += " " }
        space = false
        result.unicodeScalars.append(scalar == "\u{A0}" ? " " : scalar)
      }
    }
    if space { result += " " }
    return result
  }

  /// `[sound:x.mp3]` becomes `[sound: x.mp3]`, so it reads as a placeholder, not markup.
  private static func soundPlaceholders(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "[")) else { return text }
    return text.replacingOccurrences(of: "[sound:", with: "[sound: ")
  }

  /// `text` without terminal escape sequences: CSI (`ESC [ ... final`) and OSC (`ESC ] ... BEL`).
  static func withoutEscapeSequences(_ text: String) -> String {
    guard text.unicodeScalars.contains("\u{1B}") else { return text }
    var cleaned = ""
    var scalars = text.unicodeScalars[...]
    while let scalar = scalars.popFirst() {
      if scalar == "\u{1B}" {
        if scalars.first == "[" {
          scalars = scalars.dropFirst().drop { !(0x40...0x7E).contains($0.value) }.dropFirst()
        } else if scalars.first == "]" {
          scalars = scalars.drop { $0 != "\u{07}" && $0 != "\u{1B}" }.dropFirst()
          if scalars.first == "\\" { scalars = scalars.dropFirst() }
        } else {
          scalars = scalars.dropFirst()
        }
        continue
      }
      cleaned.unicodeScalars.append(scalar)
    }
    return cleaned
  }

  /// Lines trimmed, blank ones dropped, control characters removed, tabs made spaces (`\r`
  /// ends a line too). Written on Unicode scalars: Foundation's string methods cost more than the
  /// HTML parser on a large import.
  private static func tidy(_ text: String) -> String {
    var result = ""
    var line = String.UnicodeScalarView()
    func flush() {
      let isSpace = { (scalar: Unicode.Scalar) in scalar == " " || scalar.properties.generalCategory == .spaceSeparator
      }
      if let first = line.firstIndex(where: { !isSpace($0) }), let last = line.lastIndex(where: { !isSpace($0) }) {
        if !result.isEmpty { result.unicodeScalars.append("\n") }
        result.unicodeScalars.append(contentsOf: line[first...last])
      }
      line.removeAll(keepingCapacity: true)
    }
    for scalar in text.unicodeScalars {
      if scalar == "\n" || scalar == "\r" {
        flush()
      } else if scalar == "\t" {
        line.append(" ")
      } else if !isControl(scalar) {
        line.append(scalar)
      }
    }
    flush()
    return result
  }
}
