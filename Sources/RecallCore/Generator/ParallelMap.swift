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
  /// that each worker makes with `state` and passes from item to item; the results must not
  /// depend on what the state holds.
  static func map<Element: Sendable, Result: Sendable, State>(
    _ items: [Element], state: @Sendable () -> State, _ transform: @Sendable (inout State, Element) -> Result
  ) -> [Result] {
    @Sendable func run(_ part: ArraySlice<Element>) -> [Result] {
      var scratch = state()
      return part.map { transform(&scratch, $0) }
    }
    let workers = ProcessInfo.processInfo.activeProcessorCount
    guard workers > 1, items.count >= smallestParallel else { return run(items[...]) }
    // Several chunks per core even out chunks that happen to be slow.
    let chunkCount = min(items.count, workers * 8)
    var chunks = [[Result]](repeating: [], count: chunkCount)
    chunks.withUnsafeMutableBufferPointer { buffer in
      // Each iteration writes only its own slot, so the slots need no lock.
      let slots = Slots(base: buffer)
      DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
        let lower = items.count * chunk / chunkCount
        let upper = items.count * (chunk + 1) / chunkCount
        slots.base[chunk] = run(items[lower..<upper])
      }
    }
    return Array(chunks.joined())
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

  /// The two result slots of `both`; each worker writes only its own.
  private struct PairSlots<First, Second>: @unchecked Sendable {
    let first: UnsafeMutablePointer<First?>
    let second: UnsafeMutablePointer<Second?>
  }

  /// The result slots, shared by the workers; each worker writes a different slot.
  private struct Slots<Result>: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<[Result]>
  }
}
