import RecallTerminal
import Testing

@Suite struct HistoryFileTests {
  @Test func pathFollowsXDGStateHomeThenHome() {
    #expect(HistoryFile.path(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/recall/history")
    #expect(HistoryFile.path(environment: ["XDG_STATE_HOME": "/s/", "HOME": "/h"]) == "/s/recall/history")
    // A relative XDG_STATE_HOME is invalid by the XDG spec and ignored.
    #expect(HistoryFile.path(environment: ["XDG_STATE_HOME": "rel", "HOME": "/h"]) == "/h/.local/state/recall/history")
    #expect(HistoryFile.path(environment: ["HOME": "/h"]) == "/h/.local/state/recall/history")
    #expect(HistoryFile.path(environment: [:]) == nil)
  }
}
