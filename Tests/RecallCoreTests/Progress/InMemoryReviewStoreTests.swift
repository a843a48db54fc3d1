import RecallCore
import Testing

@Suite struct InMemoryReviewStoreTests {
  @Test func recordUndoBuryAndSuspend() throws {
    let store = InMemoryReviewStore()
    let time = Timestamp(milliseconds: 1000)
    let first = MemoryState.new(due: time)
    let review = ReviewRecord(deck: "d", card: "c", time: time, rating: .good, before: nil, after: first)
    try store.record(review)
    #expect(try store.progress(deck: "d")["c"]?.reviews == 1)
    #expect(try store.undoLastReview(deck: "d") == review)
    #expect(try store.progress(deck: "d")["c"]?.memory == nil)
    #expect(try store.undoLastReview(deck: "d") == nil)
    try store.bury(deck: "d", card: "c", until: time)
    try store.setSuspended(deck: "d", card: "c", true)
    #expect(try store.progress(deck: "d")["c"] == CardProgress(suspended: true, buriedUntil: time))
    #expect(try store.reviewLog(deck: nil).isEmpty)
  }
}
