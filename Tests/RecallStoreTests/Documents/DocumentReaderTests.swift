import Foundation
import RecallStore
import Testing

@Suite struct DocumentReaderTests {
  private func write(_ data: Data) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("doc.txt")
    try data.write(to: file)
    return file.path
  }

  @Test func readsUTF8TextAndDropsAByteOrderMark() throws {
    let path = try write(Data("\u{FEFF}The treaty was signed in 1990.".utf8))
    #expect(try DocumentReader.read(path: path) == "The treaty was signed in 1990.")
  }

  @Test func rejectsAMissingFileOrAFolder() throws {
    #expect(throws: DocumentReadError.notFound(path: "/nonexistent/doc.txt")) {
      try DocumentReader.read(path: "/nonexistent/doc.txt")
    }
    let folder = FileManager.default.temporaryDirectory.path
    #expect(throws: DocumentReadError.isFolder(path: folder)) { try DocumentReader.read(path: folder) }
    #expect(DocumentReadError.isFolder(path: folder).description.contains("is a folder"))
  }

  @Test func rejectsEmptyFiles() throws {
    let empty = try write(Data())
    #expect(throws: DocumentReadError.empty(path: empty)) { try DocumentReader.read(path: empty) }
    let blank = try write(Data(" \n\n\t".utf8))
    #expect(throws: DocumentReadError.empty(path: blank)) { try DocumentReader.read(path: blank) }
  }

  @Test func rejectsBinaryFiles() throws {
    let png = try write(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]))
    #expect(throws: DocumentReadError.binary(path: png)) { try DocumentReader.read(path: png) }
    let noisy = try write(Data((0..<200).map { UInt8($0 % 20 + 1) }))
    #expect(throws: DocumentReadError.binary(path: noisy)) { try DocumentReader.read(path: noisy) }
  }

  @Test func rejectsInvalidUTF8() throws {
    let latin1 = try write(Data([0x54, 0x72, 0xE9, 0x61, 0x74, 0x79, 0x20, 0xFF, 0xFE]))
    #expect(throws: DocumentReadError.invalidEncoding(path: latin1)) { try DocumentReader.read(path: latin1) }
  }

  @Test func messagesQuoteThePathAndSayWhatToDo() {
    let message = DocumentReadError.binary(path: "a.pdf").description
    #expect(message.contains("\"a.pdf\""))
    #expect(message.contains("plain-text"))
    #expect(message == message.lowercased())
  }
}
