import Foundation

/// Runs independent pieces of work on all cores and returns the results in input order, so the
/// outcome is exactly that of a plain `map`, whatever the number of cores.
enum ParallelMap {
  /// Below this many items the work is done on the calling thread.
  static let smallestParallel = 256

  /// `transform` applied to each of `items`, in their order; `transform` must not depend on the
  /// order in which items are processed.
  static func map<Element: Sendable, Result: Sendable>(
    _ items: [Element], _ transform: @Sendable (Element) -> Result
  ) -> [Result] {
    map(items, state: {}) { (_: inout Void, item) in transform(item) }
  }

  /// `transform` applied to each of `items`, in their order, with scratch state (such as a cache)
  /// that each worker makes once with `state` and passes from item to item, over all the chunks
  /// it takes; the results must not depend on what the state holds.
  /// `progress`, when given, hears of each chunk as a worker starts it: (its number, how many).
  static func map<Element: Sendable, Result: Sendable, State>(
    _ items: [Element], state: @Sendable () -> State, progress: (@Sendable (Int, Int) -> Void)? = nil,
    _ transform: @Sendable (inout State, Element) -> Result
  ) -> [Result] {
    @Sendable func run(_ part: ArraySlice<Element>) -> [Result] {
      var scratch = state()
      return part.map { transform(&scratch, $0) }
    }
    let workers = ProcessInfo.processInfo.activeProcessorCount
    guard workers > 1, items.count >= smallestParallel else { return run(items[...]) }
    // Several chunks per core even out chunks that happen to be slow.
    let chunkCount = min(items.count, workers * 8)
    // The results are written straight into the array they are returned in: no per-chunk arrays to
    // join and free.
    return [Result](unsafeUninitializedCapacity: items.count) { buffer, initialized in
      guard let base = buffer.baseAddress else { return }
      // Each chunk initializes only its own range of slots, so the slots need no lock.
      let slots = Slots(base: base)
      // Each worker takes the next chunk until none is left, keeping its state from chunk to chunk.
      let next = ChunkCounter()
      DispatchQueue.concurrentPerform(iterations: workers) { _ in
        var scratch = state()
        while let chunk = next.take(below: chunkCount) {
          progress?(chunk, chunkCount)
          let lower = items.count * chunk / chunkCount
          let upper = items.count * (chunk + 1) / chunkCount
          for index in lower..<upper { (slots.base + index).initialize(to: transform(&scratch, items[index])) }
        }
      }
      initialized = items.count
    }
  }

  /// `first()` and `second()`, worked out at the same time when there is more than one core.
  static func both<First: Sendable, Second: Sendable>(
    _ first: @Sendable () -> First, _ second: @Sendable () -> Second
  ) -> (First, Second) {
    guard ProcessInfo.processInfo.activeProcessorCount > 1 else { return (first(), second()) }
    var firstResult: First?
    var secondResult: Second?
    withUnsafeMutablePointer(to: &firstResult) { firstSlot in
      withUnsafeMutablePointer(to: &secondResult) { secondSlot in
        let slots = PairSlots(first: firstSlot, second: secondSlot)
        DispatchQueue.concurrentPerform(iterations: 2) { which in
          if which == 0 { slots.first.pointee = first() } else { slots.second.pointee = second() }
        }
      }
    }
    // Both slots are filled once concurrentPerform returns.
    guard let firstResult, let secondResult else { return (first(), second()) }
    return (firstResult, secondResult)
  }

  /// Lets go of `value` on another thread, so that freeing a large structure of many small objects
  /// does not hold up the caller; the caller must hold no other reference to it.
  static func discard<Value: Sendable>(_ value: consuming Value) {
    // The value moves into a holder that the other thread empties: whichever thread lets go of
    // the holder last, the value itself is freed over there.
    let holder = Holder(value: value)
    DispatchQueue.global(qos: .utility).async { holder.value = nil }
  }

  /// A value handed to another thread to be freed; only that thread touches `value` after the hand-over.
  private final class Holder<Value>: @unchecked Sendable {
    var value: Value?
    init(value: consuming Value) { self.value = value }
  }

  /// The two result slots of `both`; each worker writes only its own.
  private struct PairSlots<First, Second>: @unchecked Sendable {
    let first: UnsafeMutablePointer<First?>
    let second: UnsafeMutablePointer<Second?>
  }

  /// Hands out chunk numbers 0, 1, 2... to the workers, each number once.
  private final class ChunkCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0

    /// The next chunk number, or nil once `count` are handed out.
    func take(below count: Int) -> Int? {
      lock.lock()
      defer { lock.unlock() }
      guard next < count else { return nil }
      next += 1
      return next - 1
    }
  }

  /// The result slots, shared by the workers; each worker writes a different slot.
  private struct Slots<Result>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Result>
  }
}
