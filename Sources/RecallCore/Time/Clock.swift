/// A source of the current time. The core never reads the real clock; outer layers pass one in.
public protocol WallClock: Sendable {
  /// The current time.
  func now() -> Timestamp
}

/// A clock that always answers the same time, moved only by hand: for tests and replays.
public final class FixedClock: WallClock, @unchecked Sendable {
  private var current: Timestamp

  /// Creates a clock stopped at `time`.
  public init(_ time: Timestamp) {
    current = time
  }

  /// The time the clock is stopped at.
  public func now() -> Timestamp { current }

  /// Moves the clock forward (or back, for a negative value).
  public func advance(milliseconds: Int64) {
    current = current.adding(milliseconds: milliseconds)
  }

  /// Sets the clock to `time`.
  public func set(_ time: Timestamp) {
    current = time
  }
}

/// A small, fast, seedable random number generator (SplitMix64) so that every random choice in
/// the core is reproducible from its seed.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// Creates a generator from a seed; equal seeds give equal sequences.
  public init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }

  /// A double in [0, 1).
  public mutating func nextUnit() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }
}

/// A stable 64-bit FNV-1a hash, the same on every run and platform (Swift's `Hasher` is seeded per
/// process, so it cannot give identities that last).
public enum StableHash {
  /// The FNV-1a hash of the UTF-8 bytes of `text`.
  public static func fnv1a(_ text: some StringProtocol, seed: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
    var hash = seed
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01B3
    }
    return hash
  }
}
