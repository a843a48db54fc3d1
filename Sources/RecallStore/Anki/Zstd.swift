import CZstd
import Foundation

/// Zstandard decompression through libzstd, streamed, with a cap on the output size.
enum Zstd {
  /// Why data could not be decompressed.
  enum Failure: Error {
    /// The data is not zstd or is damaged; libzstd's reason.
    case corrupt(String)
    /// The output would exceed the cap.
    case tooLarge
  }

  /// Decompresses `data` (one or more frames), calling `write` with each chunk of output;
  /// stops with `tooLarge` once more than `limit` bytes came out.
  static func decompress(_ data: Data, limit: Int64, write: (UnsafeRawBufferPointer) throws -> Void) throws {
    guard let stream = ZSTD_createDStream() else { throw Failure.corrupt("out of memory") }
    defer { ZSTD_freeDStream(stream) }
    ZSTD_initDStream(stream)
    let chunk = ZSTD_DStreamOutSize()
    var output = [UInt8](repeating: 0, count: chunk)
    var total: Int64 = 0
    var lastResult = 0
    try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
      var input = ZSTD_inBuffer(src: raw.baseAddress, size: raw.count, pos: 0)
      // One call of libzstd into `output`, handed on to `write`.
      func step() throws {
        try output.withUnsafeMutableBytes { out in
          var buffer = ZSTD_outBuffer(dst: out.baseAddress, size: out.count, pos: 0)
          let result = ZSTD_decompressStream(stream, &buffer, &input)
          if ZSTD_isError(result) != 0 { throw Failure.corrupt(String(cString: ZSTD_getErrorName(result))) }
          lastResult = result
          total += Int64(buffer.pos)
          if total > limit { throw Failure.tooLarge }
          try write(UnsafeRawBufferPointer(rebasing: out[..<buffer.pos]))
        }
      }
      while input.pos < input.size { try step() }
      // Flush what libzstd still holds for the last frame.
      while lastResult != 0 {
        let before = total
        try step()
        if total == before && lastResult != 0 { throw Failure.corrupt("the data ends in the middle of a frame") }
      }
    }
  }

  /// Decompresses `data` into memory (for small entries such as the media map).
  static func decompress(_ data: Data, limit: Int64) throws -> Data {
    var result = Data()
    try decompress(data, limit: limit) { result.append(contentsOf: $0) }
    return result
  }

  /// Compresses `data` at the default level.
  static func compress(_ data: Data) throws -> Data {
    let bound = ZSTD_compressBound(data.count)
    var output = Data(count: bound)
    let written = output.withUnsafeMutableBytes { out in
      data.withUnsafeBytes { input in
        ZSTD_compress(out.baseAddress, bound, input.baseAddress, input.count, 3)
      }
    }
    if ZSTD_isError(written) != 0 { throw Failure.corrupt(String(cString: ZSTD_getErrorName(written))) }
    output.count = written
    return output
  }
}
