import RecallStore
import Testing

@Suite struct DatabaseLocationTests {
  @Test func optionComesFirst() throws {
    let path = try DatabaseLocation.resolve(
      explicit: "here.sqlite", environment: ["RECALL_DB": "/env.sqlite", "HOME": "/home/a"])
    #expect(path == "here.sqlite")
  }

  @Test func environmentVariableComesNext() throws {
    let path = try DatabaseLocation.resolve(
      explicit: nil, environment: ["RECALL_DB": "/env.sqlite", "XDG_DATA_HOME": "/data", "HOME": "/home/a"])
    #expect(path == "/env.sqlite")
  }

  @Test func xdgDataHomeBeforeHome() throws {
    let path = try DatabaseLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "/data/", "HOME": "/home/a"])
    #expect(path == "/data/recall/recall.sqlite")
  }

  @Test func relativeXDGDataHomeIsIgnored() throws {
    let path = try DatabaseLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "data", "HOME": "/home/a"])
    #expect(path == "/home/a/.local/share/recall/recall.sqlite")
  }

  @Test func emptyValuesAreIgnored() throws {
    let path = try DatabaseLocation.resolve(explicit: "", environment: ["RECALL_DB": "", "HOME": "/home/a"])
    #expect(path == "/home/a/.local/share/recall/recall.sqlite")
  }

  @Test func noLocationIsAnError() {
    #expect(throws: RecallStoreError.noLocation) {
      try DatabaseLocation.resolve(explicit: nil, environment: [:])
    }
  }
}
