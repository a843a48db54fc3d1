/// How one deck is scheduled: its own fitted weights (or the defaults) and its desired retention.
public struct DeckScheduling: Hashable, Sendable {
  /// The deck's fitted weights; nil for the default weights.
  public var weights: [Double]?
  /// When the weights were fitted.
  public var fittedAt: Timestamp?
  /// How many reviews the weights were fitted on.
  public var fittedReviews: Int?
  /// The retention to schedule at; nil for 0.9.
  public var desiredRetention: Double?

  /// Creates settings; all nil means the defaults.
  public init(
    weights: [Double]? = nil, fittedAt: Timestamp? = nil, fittedReviews: Int? = nil, desiredRetention: Double? = nil
  ) {
    self.weights = weights
    self.fittedAt = fittedAt
    self.fittedReviews = fittedReviews
    self.desiredRetention = desiredRetention
  }

  /// The default settings: default weights, retention 0.9.
  public static let standard = DeckScheduling()

  /// The scheduler parameters; throws when a stored value is out of bounds.
  public func parameters() throws(SchedulerParametersError) -> SchedulerParameters {
    try SchedulerParameters(
      weights: weights ?? SchedulerParameters.defaultWeights, desiredRetention: desiredRetention ?? 0.9)
  }

  /// A scheduler with these settings, falling back to the defaults for any value out of bounds.
  public var scheduler: Scheduler {
    if let parameters = try? parameters() { return Scheduler(parameters: parameters) }
    return Scheduler()
  }
}
