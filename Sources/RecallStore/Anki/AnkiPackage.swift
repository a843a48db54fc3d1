import Foundation
import GRDB
import RecallCore
import ZIPFoundation

/// An Anki package (`.apkg`, `.colpkg`) opened for reading: its collection unpacked to a
/// temporary SQLite file (decompressed with zstd for the current layout), read with GRDB.
///
/// Every layout Anki has written is read: `collection.anki2` (schema 11), `collection.anki21`
/// (schema 11 with newer scheduling) and `collection.anki21b` (schema 18, zstd-compressed, with a
/// `meta` entry naming it). The unpacked size is capped, so a zip bomb is refused, not unpacked.
public final class AnkiPackage {
  /// The layouts of a package, newest first.
  public enum Layout: String, Sendable, CaseIterable {
    /// `collection.anki21b`: zstd-compressed schema 18.
    case anki21b = "collection.anki21b"
    /// `collection.anki21`: schema 11.
    case anki21 = "collection.anki21"
    /// `collection.anki2`: the oldest layout, schema 11.
    case anki2 = "collection.anki2"
  }

  /// The most bytes unpacked from one package, all entries together: 4 GiB.
  public static let defaultLimit: Int64 = 4 << 30

  /// The package's path as given.
  public let path: String
  /// The layout read.
  public let layout: Layout
  /// The collection's schema version (`col.ver`).
  public let schemaVersion: Int
  /// The number of media files the package carries (not copied: Recall shows placeholders).
  public let mediaCount: Int
  let database: DatabaseQueue
  private let folder: URL

  private init(
    path: String, layout: Layout, schemaVersion: Int, mediaCount: Int, database: DatabaseQueue, folder: URL
  ) {
    self.path = path
    self.layout = layout
    self.schemaVersion = schemaVersion
    self.mediaCount = mediaCount
    self.database = database
    self.folder = folder
  }

  deinit {
    try? database.close()
    try? FileManager.default.removeItem(at: folder)
  }

  /// Opens the package at `path`, unpacking at most `limit` bytes.
  public static func open(path: String, limit: Int64 = defaultLimit) throws(AnkiPackageError) -> AnkiPackage {
    let url = URL(fileURLWithPath: path)
    guard FileManager.default.isReadableFile(atPath: path) else { throw .unreadable(path: path) }
    let archive: Archive
    do {
      archive = try Archive(url: url, accessMode: .read)
    } catch {
      // A zip's local header at the start, but no readable directory at the end: cut short.
      let head = (try? FileHandle(forReadingFrom: url).read(upToCount: 4)) ?? nil
      if head == Data([0x50, 0x4B, 0x03, 0x04]) {
        throw .damaged(path: path, entry: "zip directory", detail: "missing; the file is cut short")
      }
      throw .notAZip(path: path)
    }
    let entries = Array(archive)
    var declared: Int64 = 0
    for entry in entries {
      declared = declared &+ Int64(clamping: entry.uncompressedSize)
      if declared > limit || declared < 0 { throw .tooLarge(path: path, limit: limit) }
    }
    let names = entries.map(\.path)
    let metaVersion = try metaVersion(archive, path: path, limit: limit)
    let layout: Layout
    if let chosen = Layout.allCases.first(where: { names.contains($0.rawValue) }) {
      layout = chosen
    } else {
      throw .noCollection(path: path, entries: names.sorted())
    }
    // A package whose meta says "latest" but lacks the anki21b entry is damaged, not older.
    if metaVersion == 3 && layout != .anki21b {
      throw .damaged(path: path, entry: "meta", detail: "names collection.anki21b, which is missing")
    }
    guard let entry = archive[layout.rawValue] else { throw .noCollection(path: path, entries: names) }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("recall-import-\(UUID().uuidString)")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw .unreadable(path: folder.path)
    }
    do {
      let collection = folder.appendingPathComponent("collection.sqlite")
      try unpack(entry, of: archive, layout: layout, to: collection, path: path, limit: limit)
      let media = mediaCount(archive, layout: layout, limit: limit)
      var config = Configuration()
      config.readonly = true
      let queue: DatabaseQueue
      let version: Int
      do {
        queue = try DatabaseQueue(path: collection.path, configuration: config)
        version = try queue.read { db in
          guard try db.tableExists("col") else {
            throw AnkiPackageError.corruptCollection(path: path, detail: "it has no col table")
          }
          return try Int.fetchOne(db, sql: "SELECT ver FROM col") ?? 0
        }
      } catch let error as AnkiPackageError {
        throw error
      } catch let error as DatabaseError {
        throw AnkiPackageError.corruptCollection(path: path, detail: error.message ?? "\(error.resultCode)")
      }
      guard (11...18).contains(version) else { throw AnkiPackageError.unknownSchema(path: path, version: version) }
      return AnkiPackage(
        path: path, layout: layout, schemaVersion: version, mediaCount: media, database: queue, folder: folder)
    } catch let error as AnkiPackageError {
      try? FileManager.default.removeItem(at: folder)
      throw error
    } catch {
      try? FileManager.default.removeItem(at: folder)
      throw .damaged(path: path, entry: layout.rawValue, detail: "\(error)")
    }
  }

  /// The `meta` entry's version (1 and 2 legacy, 3 the current layout), or nil without one.
  private static func metaVersion(_ archive: Archive, path: String, limit: Int64) throws(AnkiPackageError) -> Int? {
    guard let entry = archive["meta"] else { return nil }
    guard let data = try? read(entry, of: archive, limit: min(limit, 1 << 20)) else {
      throw .damaged(path: path, entry: "meta", detail: "cannot be unpacked")
    }
    guard let fields = ProtobufFields(data) else { throw .damaged(path: path, entry: "meta", detail: "unreadable") }
    return fields.varint(1).map { Int($0) }
  }

  /// The number of files in the media map: JSON in older layouts, zstd-compressed protobuf in the
  /// current one. A damaged map only loses the count.
  private static func mediaCount(_ archive: Archive, layout: Layout, limit: Int64) -> Int {
    guard let entry = archive["media"], let data = try? read(entry, of: archive, limit: min(limit, 256 << 20)) else {
      return 0
    }
    if layout == .anki21b, let plain = try? Zstd.decompress(data, limit: 256 << 20), let fields = ProtobufFields(plain)
    {
      return fields.messages(1).count
    }
    if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] { return object.count }
    return 0
  }

  private static func read(_ entry: Entry, of archive: Archive, limit: Int64) throws -> Data {
    var data = Data()
    _ = try archive.extract(entry, skipCRC32: false) { chunk in
      data.append(chunk)
      if Int64(data.count) > limit { throw AnkiPackageError.tooLarge(path: "", limit: limit) }
    }
    return data
  }

  private static func unpack(
    _ entry: Entry, of archive: Archive, layout: Layout, to url: URL, path: String, limit: Int64
  ) throws {
    guard FileManager.default.createFile(atPath: url.path, contents: nil),
      let handle = try? FileHandle(forWritingTo: url)
    else { throw AnkiPackageError.unreadable(path: url.path) }
    defer { try? handle.close() }
    var written: Int64 = 0
    do {
      if layout == .anki21b {
        // The compressed collection is read whole (it is the smaller form), then streamed out.
        let compressed = try read(entry, of: archive, limit: limit)
        try Zstd.decompress(compressed, limit: limit) { chunk in
          written += Int64(chunk.count)
          handle.write(Data(chunk))
        }
      } else {
        _ = try archive.extract(entry, skipCRC32: false) { chunk in
          written += Int64(chunk.count)
          if written > limit { throw AnkiPackageError.tooLarge(path: path, limit: limit) }
          handle.write(chunk)
        }
      }
    } catch AnkiPackageError.tooLarge {
      throw AnkiPackageError.tooLarge(path: path, limit: limit)
    } catch Zstd.Failure.tooLarge {
      throw AnkiPackageError.tooLarge(path: path, limit: limit)
    } catch Zstd.Failure.corrupt(let detail) {
      throw AnkiPackageError.damaged(path: path, entry: layout.rawValue, detail: "zstd: \(detail)")
    } catch let error as AnkiPackageError {
      throw error
    } catch {
      throw AnkiPackageError.damaged(path: path, entry: layout.rawValue, detail: "\(error)")
    }
  }
}
