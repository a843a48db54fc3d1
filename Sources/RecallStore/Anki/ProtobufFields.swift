import Foundation

/// The few protocol-buffer messages of an Anki package (`meta`, the media map, note type and
/// template settings), read field by field. Recall's dependencies include no protobuf library, and
/// these messages need only varints and length-delimited strings of the documented wire format.
struct ProtobufFields {
  /// A field's value: a varint, or the bytes of a length-delimited field.
  enum Value {
    case varint(UInt64)
    case bytes(Data)
  }

  /// The fields in order, by number.
  private(set) var fields: [(number: Int, value: Value)] = []

  /// Reads `data`; nil when it is not a well-formed message.
  init?(_ data: Data) {
    let bytes = [UInt8](data)
    var index = 0
    func varint() -> UInt64? {
      var result: UInt64 = 0
      var shift: UInt64 = 0
      while index < bytes.count, shift < 64 {
        let byte = bytes[index]
        index += 1
        result |= UInt64(byte & 0x7F) << shift
        if byte & 0x80 == 0 { return result }
        shift += 7
      }
      return nil
    }
    while index < bytes.count {
      guard let key = varint() else { return nil }
      let number = Int(key >> 3)
      switch key & 7 {
      case 0:
        guard let value = varint() else { return nil }
        fields.append((number, .varint(value)))
      case 1:
        guard index + 8 <= bytes.count else { return nil }
        index += 8
      case 2:
        guard let length = varint(), length <= UInt64(bytes.count - index) else { return nil }
        fields.append((number, .bytes(Data(bytes[index..<index + Int(length)]))))
        index += Int(length)
      case 5:
        guard index + 4 <= bytes.count else { return nil }
        index += 4
      default:
        return nil
      }
    }
  }

  /// The last varint of field `number`.
  func varint(_ number: Int) -> UInt64? {
    for field in fields.reversed() where field.number == number {
      if case .varint(let value) = field.value { return value }
    }
    return nil
  }

  /// The last string of field `number`.
  func string(_ number: Int) -> String? {
    for field in fields.reversed() where field.number == number {
      if case .bytes(let data) = field.value { return String(decoding: data, as: UTF8.self) }
    }
    return nil
  }

  /// Every length-delimited value of field `number`.
  func messages(_ number: Int) -> [Data] {
    fields.compactMap { field in
      guard field.number == number, case .bytes(let data) = field.value else { return nil }
      return data
    }
  }

  /// Encodes fields: varints for integers, length-delimited for strings and data.
  static func encode(_ fields: [(Int, Any)]) -> Data {
    var output = Data()
    func varint(_ value: UInt64) {
      var value = value
      while value >= 0x80 {
        output.append(UInt8(value & 0x7F) | 0x80)
        value >>= 7
      }
      output.append(UInt8(value))
    }
    for (number, value) in fields {
      switch value {
      case let integer as Int:
        varint(UInt64(number << 3))
        varint(UInt64(integer))
      case let text as String:
        varint(UInt64(number << 3 | 2))
        varint(UInt64(text.utf8.count))
        output.append(contentsOf: Array(text.utf8))
      case let data as Data:
        varint(UInt64(number << 3 | 2))
        varint(UInt64(data.count))
        output.append(data)
      default:
        continue
      }
    }
    return output
  }
}
