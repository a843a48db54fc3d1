extension StudyCalendar {
  /// When the study day after the one `time` falls in begins: where `bury` hides a card until.
  public func startOfNextDay(after time: Timestamp) -> Timestamp {
    start(ofDay: day(of: time) + 1)
  }
}
